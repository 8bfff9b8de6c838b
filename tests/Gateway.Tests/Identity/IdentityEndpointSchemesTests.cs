using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Server.AspNetCore;

namespace CpPlatform.Gateway.Tests.Identity;

/// <summary>OpenIddict's server is offered only its own endpoints' requests, not every proxied API call.</summary>
public class IdentityEndpointSchemesTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Theory]
    [InlineData("/connect/token", true)]
    [InlineData("/.well-known/openid-configuration", true)]
    [InlineData("/.well-known/jwks", true)]
    [InlineData("/api/financing/eligibility", false)]
    [InlineData("/api/clients", false)]
    [InlineData("/health", false)]
    public async Task Only_the_identity_endpoints_go_through_openiddicts_request_handler(string path, bool handledByOpenIddict)
    {
        var accessor = factory.Services.GetRequiredService<IHttpContextAccessor>();
        var schemes = factory.Services.GetRequiredService<IAuthenticationSchemeProvider>();
        accessor.HttpContext = new DefaultHttpContext { Request = { Path = path } };
        try
        {
            var handlers = (await schemes.GetRequestHandlerSchemesAsync()).Select(scheme => scheme.Name).ToList();

            Assert.Equal(handledByOpenIddict, handlers.Contains(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme));
            // Tokens on API calls are still checked: the default scheme is untouched.
            Assert.Equal("Bearer", (await schemes.GetDefaultAuthenticateSchemeAsync())?.Name);
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }
}

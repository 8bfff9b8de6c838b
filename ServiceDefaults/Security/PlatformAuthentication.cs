using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CpPlatform.ServiceDefaults.Security;

/// <summary>
/// Services check the gateway's tokens with plain JwtBearer against its discovery document and JWKS: they only need
/// signature, issuer, audience and lifetime checked, which JwtBearer does (refetching the JWKS when it meets an unknown
/// key id), without putting an OAuth2 stack into every service.
/// </summary>
public static class PlatformAuthentication
{
    public static IHostApplicationBuilder AddPlatformAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section);
        builder.Services.AddHttpClient(MetadataClient);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddSingleton<IConfigureOptions<JwtBearerOptions>, ConfigureJwtBearer>();
        builder.Services.AddSingleton<IValidateOptions<JwtBearerOptions>, KeySourceValidation>();
        // An endpoint that does not say who may call it is closed: only those marked AllowAnonymous are open.
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<ICurrentClient, HttpCurrentClient>();
        return builder;
    }

    private const string MetadataClient = "gateway-metadata";

    /// <summary>Reads the settings lazily so a host configured after start-up (tests, the AppHost) is honoured.</summary>
    private sealed class ConfigureJwtBearer(IOptions<AuthOptions> auth, IHttpClientFactory httpClients) : IConfigureNamedOptions<JwtBearerOptions>
    {
        public void Configure(string? name, JwtBearerOptions options)
        {
            var settings = auth.Value;
            if (!string.IsNullOrWhiteSpace(settings.MetadataAddress))
            {
                options.MetadataAddress = settings.MetadataAddress;
                // Service discovery resolves http://gateway, so the metadata client is one of the factory's.
                options.Backchannel = httpClients.CreateClient(MetadataClient);
                // Plain http only inside the platform (the AppHost's service network, loopback in development).
                options.RequireHttpsMetadata = !settings.MetadataAddress.StartsWith("http://", StringComparison.OrdinalIgnoreCase);
                // A token with an unknown key id makes JwtBearer refetch the JWKS, at most this often.
                options.RefreshInterval = TimeSpan.FromSeconds(10);
                options.AutomaticRefreshInterval = TimeSpan.FromMinutes(5);
            }
            options.MapInboundClaims = false;
            if (settings.RememberedTokens > 0)
            {
                for (var index = 0; index < options.TokenHandlers.Count; index++)
                {
                    options.TokenHandlers[index] = new RememberedTokenHandler(options.TokenHandlers[index], settings.RememberedTokens);
                }
            }
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = settings.Issuer,
                ValidAudience = settings.Audience,
                ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
                NameClaimType = PlatformClaims.ClientId,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
        }

        public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
    }

    /// <summary>Without a source of signing keys every token would be refused: say so instead.</summary>
    private sealed class KeySourceValidation : IValidateOptions<JwtBearerOptions>
    {
        public ValidateOptionsResult Validate(string? name, JwtBearerOptions options) =>
            options.ConfigurationManager is not null
            || options.TokenValidationParameters.IssuerSigningKey is not null
            || options.TokenValidationParameters.IssuerSigningKeys?.Any() == true
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("Auth:MetadataAddress (env Auth__MetadataAddress) is not set: the service cannot find the gateway's signing keys.");
    }
}

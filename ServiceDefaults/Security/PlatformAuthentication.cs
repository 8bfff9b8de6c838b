using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CpPlatform.ServiceDefaults.Security;

public static class PlatformAuthentication
{
    public static IHostApplicationBuilder AddPlatformAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddSingleton<IConfigureOptions<JwtBearerOptions>, ConfigureJwtBearer>();
        // An endpoint that does not say who may call it is closed: only those marked AllowAnonymous are open.
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<ICurrentClient, HttpCurrentClient>();
        return builder;
    }

    /// <summary>Reads the key lazily so a host configured after start-up (tests, the AppHost) is honoured.</summary>
    private sealed class ConfigureJwtBearer(IOptions<AuthOptions> auth) : IConfigureNamedOptions<JwtBearerOptions>
    {
        public void Configure(string? name, JwtBearerOptions options)
        {
            var settings = auth.Value;
            if (string.IsNullOrWhiteSpace(settings.SigningPublicKey))
            {
                throw new InvalidOperationException(
                    "Auth:SigningPublicKey (env Auth__SigningPublicKey) is not set: the service cannot check tokens without the gateway's public key.");
            }

            var rsa = RSA.Create();
            rsa.ImportFromPem(settings.SigningPublicKey);
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = settings.Issuer,
                ValidAudience = settings.Audience,
                IssuerSigningKey = new RsaSecurityKey(rsa),
                ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
                NameClaimType = PlatformClaims.ClientId,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
        }

        public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
    }
}

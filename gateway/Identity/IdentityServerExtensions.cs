using CpPlatform.Gateway.Data;
using CpPlatform.Gateway.Domain;
using CpPlatform.Gateway.SigningKeys;
using CpPlatform.Gateway.Tokens;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenIddict.Server;

namespace CpPlatform.Gateway.Identity;

public static class IdentityServerExtensions
{
    /// <summary>
    /// OpenIddict as the platform's OAuth2 server: client credentials only, clients in the gateway database, short JWT
    /// access tokens signed with the database's key ring and left unencrypted, since the services must read them.
    /// </summary>
    public static IHostApplicationBuilder AddIdentityServer(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TokenOptions>().BindConfiguration(TokenOptions.Section)
            .Validate(options => options.TokenLifetime > TimeSpan.Zero, "Gateway:TokenLifetime must be positive.")
            .ValidateOnStart();
        builder.Services.AddOptions<SigningKeyOptions>().BindConfiguration(SigningKeyOptions.Section)
            .Validate(options => options.RefreshInterval > TimeSpan.Zero, "Gateway:SigningKeys:RefreshInterval must be positive.")
            .ValidateOnStart();

        // Data Protection encrypts the signing keys at rest; its own keys are kept apart from the database.
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("cp-platform-gateway");
        if (builder.Configuration["Gateway:DataProtection:KeysPath"] is { Length: > 0 } keysPath)
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keysPath));
        }

        builder.Services.AddOpenIddict()
            .AddCore(core =>
            {
                core.UseEntityFrameworkCore().UseDbContext<GatewayDbContext>();
                core.ReplaceApplicationManager(typeof(PlatformApplicationManager<>));
            })
            .AddServer(server =>
            {
                server.SetTokenEndpointUris(TokenEndpoint.Path)
                    .SetConfigurationEndpointUris(".well-known/openid-configuration")
                    .SetJsonWebKeySetEndpointUris(".well-known/jwks");
                server.AllowClientCredentialsFlow();
                server.RegisterScopes([.. ClientScopes.All]);
                // The token endpoint refuses scopes beyond the client's with invalid_scope (RFC 6749) itself.
                server.IgnoreScopePermissions();
                server.DisableAccessTokenEncryption();
                // Nothing the server encrypts outlives a process: client credentials make no codes or refresh tokens.
                server.AddEphemeralEncryptionKey();
                // Revocation is checked per client at the edge (RevokedClientCheck), so a token needs no row of its own.
                server.DisableTokenStorage();
                server.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    // TLS ends in front of the gateway; inside the platform it speaks plain http.
                    .DisableTransportSecurityRequirement();
            });

        builder.Services.AddSingleton<SigningKeyRing>();
        builder.Services.AddSingleton<IOptionsChangeTokenSource<OpenIddictServerOptions>>(services => services.GetRequiredService<SigningKeyRing>());
        builder.Services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, RingSigningCredentials>();
        builder.Services.AddOptions<OpenIddictServerOptions>().Configure<IOptions<AuthOptions>, IOptions<TokenOptions>>((server, auth, tokens) =>
        {
            server.Issuer = new Uri(auth.Value.Issuer, UriKind.Absolute);
            server.AccessTokenLifetime = tokens.Value.TokenLifetime;
        });
        builder.Services.AddScoped<SigningKeyStore>();
        builder.Services.AddHostedService<SigningKeyLoader>();

        builder.Services.AddHttpContextAccessor();
        builder.Services.Replace(ServiceDescriptor.Singleton<IAuthenticationSchemeProvider, IdentityEndpointSchemes>());
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<ClientStatusCache>();
        builder.Services.AddScoped<ClientStore>();
        builder.Services.AddScoped<RevokedClientCheck>();
        builder.Services.AddSingleton<RingConfigurationManager>();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).PostConfigure<RingConfigurationManager>((jwt, ring) =>
        {
            jwt.ConfigurationManager = ring;
            jwt.EventsType = typeof(RevokedClientCheck);
        });
        return builder;
    }
}

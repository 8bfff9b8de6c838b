using System.Security.Cryptography;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.Extensions.Options;

namespace CpPlatform.Gateway.Tokens;

public static class TokenIssuingExtensions
{
    public static IHostApplicationBuilder AddTokenIssuing(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TokenOptions>().BindConfiguration(TokenOptions.Section)
            .Validate(options => options.TokenLifetime > TimeSpan.Zero, "Gateway:TokenLifetime must be positive.")
            .ValidateOnStart();
        builder.Services.AddOptions<SigningKeyOptions>().BindConfiguration(SigningKeyOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SigningKeyOptions>, SigningKeyValidation>();
        // The gateway checks its own tokens at the edge with the services' JWT set-up: the public key may be left out.
        // Read from configuration, not from SigningKeyOptions, whose validation itself reads AuthOptions.
        builder.Services.AddOptions<AuthOptions>().PostConfigure<IConfiguration>((auth, configuration) =>
        {
            var privateKey = configuration[$"{SigningKeyOptions.Section}:{nameof(SigningKeyOptions.SigningPrivateKey)}"];
            if (string.IsNullOrWhiteSpace(auth.SigningPublicKey) && !string.IsNullOrWhiteSpace(privateKey))
            {
                using var rsa = RSA.Create();
                rsa.ImportFromPem(privateKey);
                auth.SigningPublicKey = rsa.ExportSubjectPublicKeyInfoPem();
            }
        });
        builder.Services.AddSingleton<TokenSigningKey>();
        builder.Services.AddSingleton<TokenIssuer>();
        return builder;
    }
}

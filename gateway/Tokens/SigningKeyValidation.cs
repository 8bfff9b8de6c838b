using System.Security.Cryptography;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.Extensions.Options;

namespace CpPlatform.Gateway.Tokens;

/// <summary>
/// Checked at start-up: a missing or unreadable private key, or one that does not match <c>Auth:SigningPublicKey</c>,
/// would only show later as tokens the gateway itself refuses.
/// </summary>
internal sealed class SigningKeyValidation(IOptions<AuthOptions> auth) : IValidateOptions<SigningKeyOptions>
{
    public ValidateOptionsResult Validate(string? name, SigningKeyOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.SigningPrivateKey))
        {
            return ValidateOptionsResult.Fail("Auth:SigningPrivateKey (env Auth__SigningPrivateKey) is not set: the gateway cannot sign tokens.");
        }

        using var privateKey = RSA.Create();
        using var publicKey = RSA.Create();
        try
        {
            privateKey.ImportFromPem(options.SigningPrivateKey);
            publicKey.ImportFromPem(auth.Value.SigningPublicKey);
        }
        catch (ArgumentException exception)
        {
            return ValidateOptionsResult.Fail($"Auth:SigningPrivateKey or Auth:SigningPublicKey is not a readable RSA PEM key: {exception.Message}");
        }
        return privateKey.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(publicKey.ExportSubjectPublicKeyInfo())
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Auth:SigningPublicKey is not the public half of Auth:SigningPrivateKey: the gateway would refuse its own tokens.");
    }
}

using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.Tokens;

namespace CpPlatform.ServiceDefaults.Security;

/// <summary>
/// Checks each distinct token once (signature, issuer, audience, lifetime) and remembers the outcome until the token
/// expires: a client's later calls with the same token cost a lookup instead of parsing it and an RSA check, which was
/// about an eighth of the gateway's CPU per proxied call.
/// </summary>
/// <remarks>
/// A remembered token is accepted only while the key that signed it is still one the caller trusts now (a retired or
/// removed key stops its tokens at once) and only before it expires (the clock skew is not granted again). Only valid
/// outcomes are remembered, so invalid tokens fill nothing, and at most <c>capacity</c> tokens are. The events after
/// validation (such as the gateway's revoked-client check) still run on every request, and every request gets its own
/// copy of the identity, since later steps may add claims to it.
/// </remarks>
internal sealed class RememberedTokenHandler(TokenHandler inner, int capacity) : TokenHandler
{
    private readonly MemoryCache _remembered = new(new MemoryCacheOptions { SizeLimit = capacity });

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (_remembered.TryGetValue(token, out Remembered? remembered)
            // The system clock, as the token handler's own lifetime check uses.
            && DateTime.UtcNow < remembered!.Token.ValidTo
            && await IsTrustedAsync(remembered.Token.SigningKey, validationParameters))
        {
            return new TokenValidationResult
            {
                IsValid = true,
                Issuer = remembered.Issuer,
                SecurityToken = remembered.Token,
                ClaimsIdentity = remembered.Identity.Clone(),
            };
        }

        var result = await inner.ValidateTokenAsync(token, validationParameters);
        if (result is { IsValid: true, SecurityToken: { SigningKey: not null } validated, ClaimsIdentity: { } identity })
        {
            _remembered.Set(token, new Remembered(validated, result.Issuer, identity.Clone()), new MemoryCacheEntryOptions
            {
                Size = 1,
                AbsoluteExpiration = new DateTimeOffset(DateTime.SpecifyKind(validated.ValidTo, DateTimeKind.Utc)),
            });
        }
        return result;
    }

    public override SecurityToken ReadToken(string token) => inner.ReadToken(token);

    /// <summary>
    /// The signing key is among those trusted now: the same object, or one published under the same key id. The gateway
    /// passes its keys in the parameters; a service's JwtBearer passes the manager of the gateway's metadata instead,
    /// whose current keys (held in memory, refreshed as JwtBearer refreshes them) are then the trusted ones.
    /// </summary>
    private static async ValueTask<bool> IsTrustedAsync(SecurityKey signingKey, TokenValidationParameters parameters)
    {
        if (Matches(parameters.IssuerSigningKey, signingKey) || parameters.IssuerSigningKeys?.Any(key => Matches(key, signingKey)) == true)
        {
            return true;
        }
        if (parameters.ConfigurationManager is not { } metadata)
        {
            return false;
        }
        try
        {
            var configuration = await metadata.GetBaseConfigurationAsync(CancellationToken.None);
            return configuration?.SigningKeys?.Any(key => Matches(key, signingKey)) == true;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The metadata cannot be read now: the full check says why, as it would without this handler.
            return false;
        }
    }

    private static bool Matches(SecurityKey? trusted, SecurityKey signingKey) =>
        trusted is not null && (ReferenceEquals(trusted, signingKey)
            || (!string.IsNullOrEmpty(signingKey.KeyId) && string.Equals(trusted.KeyId, signingKey.KeyId, StringComparison.Ordinal)));

    private sealed record Remembered(SecurityToken Token, string? Issuer, System.Security.Claims.ClaimsIdentity Identity);
}

using CpPlatform.Gateway.Domain;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CpPlatform.Gateway.Tokens;

/// <summary>Signs the short-lived RS256 access tokens services trust: who the client is, its kind, center or bank, and scopes.</summary>
public sealed class TokenIssuer(
    TokenSigningKey signingKey, IOptions<AuthOptions> auth, IOptions<TokenOptions> options, TimeProvider clock)
{
    private readonly JsonWebTokenHandler _handler = new();

    public TokenResponse Issue(ApiClient client, IReadOnlyList<string> scopes)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lifetime = options.Value.TokenLifetime;
        var scope = string.Join(' ', scopes);
        var claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = client.ClientId,
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
            [PlatformClaims.ClientId] = client.ClientId,
            [PlatformClaims.Kind] = PlatformClaims.KindValue(client.Kind),
            [PlatformClaims.Scope] = scope,
        };
        if (client.Kind == ClientKind.Center && client.CenterId is not null)
        {
            claims[PlatformClaims.Center] = client.CenterId;
        }
        if (client.Kind == ClientKind.Bank && client.BankId is not null)
        {
            claims[PlatformClaims.Bank] = client.BankId;
        }

        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = auth.Value.Issuer,
            Audience = auth.Value.Audience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = signingKey.Credentials,
        });
        return new TokenResponse(token, "Bearer", (int)lifetime.TotalSeconds, scope);
    }
}

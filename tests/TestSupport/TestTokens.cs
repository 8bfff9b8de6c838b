using System.Security.Claims;
using System.Security.Cryptography;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CpPlatform.TestSupport;

/// <summary>
/// Mints tokens shaped like the gateway's (same claims, RS256) with a key made for this test run, which services under
/// test trust (<see cref="TestSigningKeys"/>) as deployed services trust the gateway's JWKS.
/// </summary>
public static class TestTokens
{
    public const string Issuer = "urn:cp-platform";
    public const string Audience = "cp-platform-api";

    public static RSA Key { get; } = RSA.Create(2048);

    public static string Center(string centerId, params string[] scopes) =>
        Issue(ClientKind.Center, $"{centerId}-app", scopes, center: centerId);

    public static string National(params string[] scopes) => Issue(ClientKind.National, "national-staff", scopes);

    public static string Admin(params string[] scopes) => Issue(ClientKind.Admin, "platform-admin", scopes);

    public static string Bank(string bankId, params string[] scopes) => Issue(ClientKind.Bank, $"{bankId}-system", scopes, bank: bankId);

    public static string Donor(string donorId, params string[] scopes) => Issue(ClientKind.Donor, $"{donorId}-reader", scopes, donor: donorId);

    public static string Issue(
        ClientKind kind, string clientId, IEnumerable<string> scopes, string? center = null, string? bank = null, string? donor = null,
        TimeSpan? lifetime = null, RSA? signingKey = null, string issuer = Issuer)
    {
        var claims = new List<Claim>
        {
            new(PlatformClaims.ClientId, clientId),
            new(PlatformClaims.Kind, PlatformClaims.KindValue(kind)),
            new(PlatformClaims.Scope, string.Join(' ', scopes)),
        };
        if (center is not null)
        {
            claims.Add(new Claim(PlatformClaims.Center, center));
        }
        if (bank is not null)
        {
            claims.Add(new Claim(PlatformClaims.Bank, bank));
        }
        if (donor is not null)
        {
            claims.Add(new Claim(PlatformClaims.Donor, donor));
        }

        var now = DateTime.UtcNow;
        var expires = now + (lifetime ?? TimeSpan.FromMinutes(15));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = expires < now ? expires.AddMinutes(-5) : now.AddSeconds(-5),
            IssuedAt = expires < now ? expires.AddMinutes(-5) : now,
            Expires = expires,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(signingKey ?? Key), SecurityAlgorithms.RsaSha256),
        });
    }
}

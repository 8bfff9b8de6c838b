using System.Security.Claims;
using System.Security.Cryptography;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.TestSupport;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CpPlatform.ServiceDefaults.Tests.Security;

/// <summary>A token is checked once and remembered, but never past its expiry, its signing key or with a shared identity.</summary>
public sealed class RememberedTokenHandlerTests
{
    private readonly CountingHandler _inner = new();
    private readonly RememberedTokenHandler _handler;

    public RememberedTokenHandlerTests() => _handler = new RememberedTokenHandler(_inner, capacity: 100);

    [Fact]
    public async Task A_valid_token_is_checked_once_and_then_answered_from_memory_with_the_same_claims()
    {
        var token = TestTokens.Center("center-a", "enterprises");

        var first = await _handler.ValidateTokenAsync(token, Trusting(TestTokens.Key));
        var second = await _handler.ValidateTokenAsync(token, Trusting(TestTokens.Key));

        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
        Assert.Equal(1, _inner.Checks);
        Assert.Equal(Claims(first.ClaimsIdentity), Claims(second.ClaimsIdentity));
        Assert.Equal(first.SecurityToken.ValidTo, second.SecurityToken.ValidTo);
    }

    [Fact]
    public async Task Each_request_gets_its_own_identity_so_claims_added_by_one_never_reach_another()
    {
        var token = TestTokens.Center("center-b", "enterprises");
        var first = await _handler.ValidateTokenAsync(token, Trusting(TestTokens.Key));

        first.ClaimsIdentity.AddClaim(new Claim("added-by-a-request", "yes"));
        var second = await _handler.ValidateTokenAsync(token, Trusting(TestTokens.Key));
        second.ClaimsIdentity.AddClaim(new Claim("added-by-another", "yes"));
        var third = await _handler.ValidateTokenAsync(token, Trusting(TestTokens.Key));

        Assert.DoesNotContain(third.ClaimsIdentity.Claims, claim => claim.Type.StartsWith("added-by", StringComparison.Ordinal));
        Assert.Equal(1, _inner.Checks);
    }

    [Fact]
    public async Task A_remembered_token_is_refused_as_soon_as_its_signing_key_is_no_longer_trusted()
    {
        var token = TestTokens.Center("center-c", "enterprises");
        Assert.True((await _handler.ValidateTokenAsync(token, Trusting(TestTokens.Key))).IsValid);

        using var otherKey = RSA.Create(2048);
        var afterRotation = await _handler.ValidateTokenAsync(token, Trusting(otherKey));

        Assert.False(afterRotation.IsValid);
        Assert.Equal(2, _inner.Checks);
    }

    [Fact]
    public async Task A_remembered_token_is_accepted_with_its_key_published_again_under_the_same_key_id()
    {
        var key = new RsaSecurityKey(TestTokens.Key) { KeyId = "key-1" };
        var token = new JsonWebTokenHandler().CreateToken(Descriptor(new SigningCredentials(key, SecurityAlgorithms.RsaSha256), TimeSpan.FromMinutes(5)));
        Assert.True((await _handler.ValidateTokenAsync(token, Trusting(key))).IsValid);

        // A refreshed JWKS gives new key objects for the same keys.
        var republished = new RsaSecurityKey(TestTokens.Key.ExportParameters(false)) { KeyId = "key-1" };
        Assert.True((await _handler.ValidateTokenAsync(token, Trusting(republished))).IsValid);
        Assert.Equal(1, _inner.Checks);
    }

    [Fact]
    public async Task A_service_that_reads_the_keys_from_the_gateways_metadata_also_answers_from_memory()
    {
        var token = TestTokens.Center("center-e", "enterprises");

        Assert.True((await _handler.ValidateTokenAsync(token, FromMetadata(TestKey))).IsValid);
        Assert.True((await _handler.ValidateTokenAsync(token, FromMetadata(TestKey))).IsValid);

        Assert.Equal(1, _inner.Checks);
    }

    [Fact]
    public async Task A_remembered_token_is_refused_once_the_gateways_metadata_no_longer_lists_its_key()
    {
        var token = TestTokens.Center("center-f", "enterprises");
        Assert.True((await _handler.ValidateTokenAsync(token, FromMetadata(TestKey))).IsValid);

        using var otherKey = RSA.Create(2048);
        var afterRotation = await _handler.ValidateTokenAsync(token, FromMetadata(new RsaSecurityKey(otherKey)));

        Assert.False(afterRotation.IsValid);
        Assert.Equal(2, _inner.Checks);
    }

    [Fact]
    public async Task A_remembered_token_is_not_accepted_after_it_expires()
    {
        var token = TestTokens.Issue(ClientKind.Center, "center-d-app", ["enterprises"], center: "center-d", lifetime: TimeSpan.FromSeconds(2));
        Assert.True((await _handler.ValidateTokenAsync(token, Trusting(TestTokens.Key))).IsValid);

        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var later = await _handler.ValidateTokenAsync(token, Trusting(TestTokens.Key));

        Assert.False(later.IsValid);
        Assert.Equal(2, _inner.Checks);
    }

    [Fact]
    public async Task Invalid_tokens_are_checked_every_time_and_never_remembered()
    {
        using var strangerKey = RSA.Create(2048);
        var forged = TestTokens.Issue(ClientKind.Admin, "platform-admin", ["admin"], signingKey: strangerKey);

        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.False((await _handler.ValidateTokenAsync(forged, Trusting(TestTokens.Key))).IsValid);
        }
        Assert.Equal(3, _inner.Checks);
    }

    /// <summary>The test key as a running service holds it: one key object, until its keys are read again.</summary>
    private static readonly RsaSecurityKey TestKey = new(TestTokens.Key);

    private static TokenValidationParameters Trusting(RSA key) => Trusting(key == TestTokens.Key ? TestKey : new RsaSecurityKey(key));

    private static TokenValidationParameters Trusting(SecurityKey key) => new()
    {
        ValidIssuer = TestTokens.Issuer,
        ValidAudience = TestTokens.Audience,
        IssuerSigningKeys = [key],
        ClockSkew = TimeSpan.Zero,
    };

    /// <summary>As JwtBearer passes them in a service: no keys, the manager of the gateway's metadata instead.</summary>
    private static TokenValidationParameters FromMetadata(SecurityKey key)
    {
        var metadata = new OpenIdConnectConfiguration();
        metadata.SigningKeys.Add(key);
        return new TokenValidationParameters
        {
            ValidIssuer = TestTokens.Issuer,
            ValidAudience = TestTokens.Audience,
            ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(metadata),
            ClockSkew = TimeSpan.Zero,
        };
    }

    private static SecurityTokenDescriptor Descriptor(SigningCredentials credentials, TimeSpan lifetime) => new()
    {
        Issuer = TestTokens.Issuer,
        Audience = TestTokens.Audience,
        Subject = new ClaimsIdentity([new Claim(PlatformClaims.ClientId, "keyed-client")]),
        Expires = DateTime.UtcNow + lifetime,
        SigningCredentials = credentials,
    };

    private static List<string> Claims(ClaimsIdentity identity) => identity.Claims.Select(claim => $"{claim.Type}={claim.Value}").ToList();

    /// <summary>The real token handler, counting the checks it makes.</summary>
    private sealed class CountingHandler : JsonWebTokenHandler
    {
        private int _checks;

        public int Checks => _checks;

        public override Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
        {
            Interlocked.Increment(ref _checks);
            return base.ValidateTokenAsync(token, validationParameters);
        }
    }
}

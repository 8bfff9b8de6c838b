using System.Security.Cryptography;
using System.Text;
using CpPlatform.Gateway.Domain;

namespace CpPlatform.Gateway.Tests.Domain;

public class ClientSecretTests
{
    [Fact]
    public void Generated_secrets_are_256_bit_and_url_safe()
    {
        var secret = ClientSecret.Generate();

        Assert.Equal(43, secret.Length);
        Assert.DoesNotContain(secret, character => character is '+' or '/' or '=');
        Assert.NotEqual(secret, ClientSecret.Generate());
    }

    [Fact]
    public void A_secret_verifies_against_its_hash_and_nothing_else_does()
    {
        var secret = ClientSecret.Generate();

        var hash = ClientSecret.Hash(secret);

        Assert.True(ClientSecret.Verify(secret, hash));
        Assert.False(ClientSecret.Verify(secret + "x", hash));
        Assert.False(ClientSecret.Verify("", hash));
        Assert.DoesNotContain(secret, hash);
    }

    [Fact]
    public void A_pbkdf2_hash_stored_before_openiddict_still_verifies()
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var derived = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes("old secret"), salt, 100_000, HashAlgorithmName.SHA256, 32);
        var legacy = $"pbkdf2-sha256$100000${Convert.ToBase64String(salt)}${Convert.ToBase64String(derived)}";

        Assert.True(ClientSecret.IsPlatformHash(legacy));
        Assert.True(ClientSecret.Verify("old secret", legacy));
        Assert.False(ClientSecret.Verify("old secreT", legacy));
    }

    [Theory]
    [InlineData("plain-text-secret")]
    [InlineData("sha256$not-base64!")]
    [InlineData("pbkdf2-sha256$0$c2FsdA==$aGFzaA==")]
    [InlineData("pbkdf2-sha256$x$c2FsdA==$aGFzaA==")]
    public void A_malformed_stored_hash_never_verifies(string storedHash)
    {
        Assert.False(ClientSecret.Verify("plain-text-secret", storedHash));
    }
}

using CpPlatform.Gateway.Domain;

namespace CpPlatform.Gateway.Tests.Domain;

public class ClientSecretTests
{
    [Fact]
    public void A_secret_is_32_random_bytes_in_base64url()
    {
        var secret = ClientSecret.Generate();

        Assert.Equal(43, secret.Length);
        Assert.Matches("^[A-Za-z0-9_-]+$", secret);
        Assert.NotEqual(secret, ClientSecret.Generate());
    }

    [Fact]
    public void A_hash_verifies_its_secret_only()
    {
        var secret = ClientSecret.Generate();

        var hash = ClientSecret.Hash(secret);

        Assert.True(ClientSecret.Verify(secret, hash));
        Assert.False(ClientSecret.Verify(secret + "x", hash));
        Assert.False(ClientSecret.Verify("", hash));
    }

    [Fact]
    public void The_same_secret_hashes_differently_each_time()
    {
        Assert.NotEqual(ClientSecret.Hash("same secret"), ClientSecret.Hash("same secret"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain-text-secret")]
    [InlineData("md5$100000$c2FsdA==$aGFzaA==")]
    [InlineData("pbkdf2-sha256$zero$c2FsdA==$aGFzaA==")]
    [InlineData("pbkdf2-sha256$100000$not base64$aGFzaA==")]
    public void A_malformed_stored_hash_never_verifies(string storedHash)
    {
        Assert.False(ClientSecret.Verify("plain-text-secret", storedHash));
    }

    [Fact]
    public void A_hash_keeps_its_own_iteration_count()
    {
        var parts = ClientSecret.Hash("secret").Split('$');
        var cheaper = string.Join('$', parts[0], "1000", parts[2], parts[3]);

        Assert.Equal(ClientSecret.Iterations.ToString(), parts[1]);
        Assert.False(ClientSecret.Verify("secret", cheaper));
    }
}

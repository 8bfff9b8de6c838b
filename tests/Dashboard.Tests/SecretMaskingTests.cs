using CpPlatform.Dashboard.Resources;

namespace CpPlatform.Dashboard.Tests;

public sealed class SecretMaskingTests
{
    [Theory]
    [InlineData("Auth__SigningPrivateKey", "-----BEGIN PRIVATE KEY-----", SecretMasking.Mask)]
    [InlineData("Gateway__BootstrapAdmin__ClientSecret", "s3cr3t", SecretMasking.Mask)]
    [InlineData("OTEL_EXPORTER_OTLP_HEADERS", "x-otlp-api-key=abc", SecretMasking.Mask)]
    [InlineData("ConnectionStrings__orders-db", "Host=db;Port=5432;Username=cp;Password=cp;Database=orders", "Host=db;Port=5432;Username=cp;Password=" + SecretMasking.Mask + ";Database=orders")]
    [InlineData("ConnectionStrings__messaging", "amqp://guest:guest@127.0.0.1:5672/", "amqp://guest:" + SecretMasking.Mask + "@127.0.0.1:5672/")]
    [InlineData("Auth__SigningPublicKey", "-----BEGIN PUBLIC KEY-----", "-----BEGIN PUBLIC KEY-----")]
    [InlineData("ConnectionStrings__cache", "127.0.0.1:6379", "127.0.0.1:6379")]
    public void Secrets_are_hidden_and_the_rest_is_shown(string name, string value, string shown)
    {
        var variable = SecretMasking.Show(name, value);

        Assert.Equal(shown, variable.Value);
        Assert.Equal(shown != value, variable.Masked);
    }
}

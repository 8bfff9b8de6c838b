using Microsoft.AspNetCore.Hosting;

namespace CpPlatform.Gateway.Tests.Identity;

public class ForeignKeyRingTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task A_gateway_whose_key_ring_cannot_read_the_stored_signing_keys_refuses_to_start_and_says_why()
    {
        _ = factory.CreateClient(); // the first gateway has stored its signing keys, protected with its key ring
        var otherKeyRing = Directory.CreateTempSubdirectory("cp-gateway-keys-");
        try
        {
            await using var second = factory.WithWebHostBuilder(builder =>
                builder.UseSetting("Gateway:DataProtection:KeysPath", otherKeyRing.FullName));

            var failure = Assert.Throws<InvalidOperationException>(() => second.CreateClient());

            Assert.Contains("Gateway:DataProtection:KeysPath", failure.Message);
        }
        finally
        {
            otherKeyRing.Delete(recursive: true);
        }
    }
}

using CpPlatform.AppHost.Hosting;
using Microsoft.Extensions.Configuration;

namespace CpPlatform.AppHost.Tests;

public class ResourceGraphTests
{
    [Fact]
    public void References_become_the_environment_variables_of_aspires_conventions()
    {
        var postgres = new PostgresServer("postgres", "Host=db.internal;Port=5432;Username=cp;Password=secret", 55432);
        var messaging = new RabbitMqServer("messaging", "amqp://guest:guest@mq.internal:5672/", 55672, 15682, "cp");
        var enterprises = new ProjectResourceBuilder(new ProjectResource("enterprises", "services/Enterprises/Enterprises.csproj"));
        var gateway = new ProjectResourceBuilder(new ProjectResource("gateway", "gateway/Gateway.csproj"));

        enterprises.WithReference(postgres.AddDatabase("enterprises-db")).WithReference(messaging);
        gateway.WithReference(enterprises);
        enterprises.Resource.AssignPort();

        var environment = enterprises.Resource.Environment.ToDictionary(pair => pair.Key, pair => pair.Value());
        Assert.Equal("Host=db.internal;Port=5432;Username=cp;Password=secret;Database=enterprises", environment["ConnectionStrings__enterprises-db"]);
        Assert.Equal("amqp://guest:guest@mq.internal:5672/", environment["ConnectionStrings__messaging"]);
        Assert.Equal(enterprises.Resource.Url, gateway.Resource.Environment["services__enterprises__http__0"]());
        Assert.Equal([postgres, messaging], enterprises.Resource.WaitsFor);
        Assert.Equal([enterprises.Resource], gateway.Resource.WaitsFor);
    }

    [Fact]
    public void A_given_connection_string_means_an_external_server_that_is_not_started()
    {
        var external = new RedisServer("cache", "cache.internal:6379", 56379);
        var local = new RedisServer("cache", null, 56379);

        Assert.True(external.IsExternal);
        Assert.Equal("cache.internal:6379", external.ConnectionString);
        Assert.False(local.IsExternal);
        Assert.Equal("127.0.0.1:56379", local.ConnectionString);
    }

    [Fact]
    public void A_busy_preferred_port_is_replaced_by_a_free_one()
    {
        using var busy = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        busy.Start();
        var taken = ((System.Net.IPEndPoint)busy.LocalEndpoint).Port;

        var chosen = Ports.PreferredOrFree(taken);

        Assert.NotEqual(taken, chosen);
        Assert.True(Ports.IsFree(chosen));
    }

    [Fact]
    public void The_identity_is_made_on_the_first_run_kept_private_and_reused()
    {
        var folder = Directory.CreateTempSubdirectory("cp-identity-").FullName;
        try
        {
            var first = new PlatformIdentity();
            first.LoadOrCreate(folder);
            var second = new PlatformIdentity();
            second.LoadOrCreate(folder);

            Assert.True(first.CreatedNow);
            Assert.False(second.CreatedNow);
            Assert.Equal(first.PublicKeyPem, second.PublicKeyPem);
            Assert.Equal(first.AdminClientSecret, second.AdminClientSecret);
            Assert.Contains("\"client_secret\"", File.ReadAllText(first.AdminCredentialsPath));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(first.AdminCredentialsPath));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

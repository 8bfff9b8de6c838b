using CpPlatform.AppHost.Hosting;
using CpPlatform.Dashboard.Resources;
using Microsoft.Extensions.Configuration;

namespace CpPlatform.AppHost.Tests;

public sealed class DashboardCatalogTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("cp-catalog-").FullName;
    private readonly ResourceLogs _logs;
    private readonly DashboardCatalog _catalog;

    public DashboardCatalogTests()
    {
        _logs = new ResourceLogs(Path.Combine(_data, "logs"), echoToConsole: false);
        var orders = new ProjectResource("orders", "services/Orders/Orders.csproj");
        orders.SetEnvironment("ConnectionStrings__orders-db", () => "Host=db;Username=cp;Password=hunter2;Database=orders");
        orders.SetEnvironment("Auth__SigningPrivateKey", () => "-----BEGIN PRIVATE KEY-----");
        var cache = new RedisServer("cache", "cache.internal:6379", 56379);
        _catalog = new DashboardCatalog(new AppHostContext(_data, _data, new ConfigurationBuilder().Build(), _logs), [cache, orders]);
    }

    [Fact]
    public async Task Projects_show_their_environment_with_secrets_masked_and_offer_commands_servers_do_not()
    {
        var resources = await _catalog.ListAsync(CancellationToken.None);

        var orders = Assert.Single(resources, resource => resource.Name == "orders");
        Assert.Equal(("project", "Waiting", ""), (orders.Type, orders.State, orders.Health));
        Assert.Equal([ResourceCommand.Start, ResourceCommand.Stop, ResourceCommand.Restart], orders.Commands);
        Assert.Equal(SecretMasking.Mask, orders.Environment.Single(v => v.Name == "Auth__SigningPrivateKey").Value);
        Assert.Equal($"Host=db;Username=cp;Password={SecretMasking.Mask};Database=orders",
            orders.Environment.Single(v => v.Name == "ConnectionStrings__orders-db").Value);
        var cache = Assert.Single(resources, resource => resource.Name == "cache");
        Assert.Equal("external server", cache.Type);
        Assert.Empty(cache.Commands);

        Assert.Equal(CommandOutcome.NotSupported, await _catalog.RunAsync("cache", ResourceCommand.Restart, CancellationToken.None));
        Assert.Equal(CommandOutcome.UnknownResource, await _catalog.RunAsync("nothing", ResourceCommand.Stop, CancellationToken.None));
    }

    [Fact]
    public void Console_lines_are_numbered_so_a_live_tail_asks_only_for_what_is_new()
    {
        var log = _logs.For("orders");
        log.Write("starting");
        log.Write("Now listening on: http://127.0.0.1:5001");

        var newer = Assert.Single(_catalog.ConsoleLines("orders", afterSequence: 1)!);

        Assert.Equal((2L, "Now listening on: http://127.0.0.1:5001"), (newer.Sequence, newer.Text));
        Assert.Equal(log.Path, _catalog.ConsoleLogFile("orders"));
        Assert.Null(_catalog.ConsoleLines("nothing", 0));
    }

    public void Dispose()
    {
        _logs.Dispose();
        Directory.Delete(_data, recursive: true);
    }
}

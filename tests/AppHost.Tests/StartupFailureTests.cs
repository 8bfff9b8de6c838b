using CpPlatform.AppHost.Hosting;
using CpPlatform.TestSupport;
using Microsoft.Extensions.Configuration;

namespace CpPlatform.AppHost.Tests;

public class StartupFailureTests
{
    [Fact]
    public async Task A_service_that_cannot_start_is_reported_with_its_last_log_lines_not_a_hang()
    {
        var data = Directory.CreateTempSubdirectory("cp-startup-").FullName;
        using var logs = new ResourceLogs(Path.Combine(data, "logs"), echoToConsole: false);
        var context = new AppHostContext(RepositoryRoot.Path, data, new ConfigurationBuilder().Build(), logs);
        // Started without its connection strings, the real enterprises service stops at start-up.
        var enterprises = new ProjectResource("enterprises", "services/Enterprises/Enterprises.csproj");
        enterprises.AssignPort();

        var failure = await Assert.ThrowsAsync<ResourceStartException>(
            () => enterprises.StartAsync(context, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2)));

        Assert.Equal("enterprises", failure.Resource);
        Assert.Contains("exited", failure.Message);
        Assert.Contains(failure.LastLines, line => line.Contains("is not set") && line.Contains("ConnectionStrings__"));
        Assert.Equal(ResourceState.Failed, enterprises.State);
        Directory.Delete(data, recursive: true);
    }
}

using System.Net;
using CpPlatform.Contracts.Monitoring;
using CpPlatform.Monitoring.Tests.Api;
using static CpPlatform.Contracts.Monitoring.ProgramActivityNames;
using static CpPlatform.Monitoring.Tests.Api.ApiClient;

namespace CpPlatform.Monitoring.Tests.Messaging;

/// <summary>A new (or lost) monitoring database asks the owning services for every activity, and fills itself from their answers.</summary>
public sealed class ReplayTests : IAsyncLifetime
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    private readonly MonitoringFactory _factory = new();
    private EventCollector<ProgramActivityReplayRequested> _requests = null!;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_factory).InitializeAsync();
        // Subscribed before the service starts, as the producing services are: the start-up request reaches them.
        _requests = await EventCollector<ProgramActivityReplayRequested>.StartAsync(_factory.VirtualHost.ConnectionString, "test-replay-requested");
        _ = _factory.Services; // the service starts
    }

    public async Task DisposeAsync()
    {
        await _requests.DisposeAsync();
        await ((IAsyncLifetime)_factory).DisposeAsync();
    }

    [Fact]
    public async Task A_new_database_asks_for_a_replay_once_and_the_answers_rebuild_the_figures()
    {
        var national = _factory.AsNational();
        var first = (await _requests.WaitForAsync(_ => true, Delivery)).Message;
        Assert.Equal(ProgramActivityReplayRequested.AllCenters, first.CenterId);
        var replays = await national.GetJsonAsync("/api/monitoring/replays");
        Assert.Equal((1, first.ReplayId, "start-up"), (replays.GetProperty("totalCount").GetInt32(), replays.GetProperty("items")[0].GetProperty("id").GetGuid(),
            replays.GetProperty("items")[0].GetProperty("requestedBy").GetString()));

        // The producing services answer with every activity as it is now.
        var a = NewCenterId();
        var programId = await _factory.ProgramWithAsync([a], NewIndicator("DP", "demonstration-projects"));
        await _factory.RecordAsync(a, Activity(DemonstrationProject, $"{a}-1", new DateOnly(2004, 2, 1)), Activity(DemonstrationProject, $"{a}-2", new DateOnly(2004, 3, 1)));
        Assert.Equal(2m, (await national.ProgressAsync(programId)).Actual("DP"));
    }

    [Fact]
    public async Task Staff_ask_again_and_get_a_202_with_the_replay()
    {
        await _requests.WaitForAsync(_ => true, Delivery);

        var replay = await _factory.AsNational().PostOkAsync("/api/monitoring/replays", null, HttpStatusCode.Accepted);

        var replayId = replay.GetProperty("id").GetGuid();
        await _requests.WaitForAsync(request => request.ReplayId == replayId, Delivery);
        Assert.Equal(2, (await _factory.AsNational().GetJsonAsync("/api/monitoring/replays")).GetProperty("totalCount").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await _factory.AsCenter(NewCenterId()).PostAsync("/api/monitoring/replays", null)).StatusCode);
    }
}

using System.Text.Json;

namespace CpPlatform.AppHost.Hosting;

/// <summary>
/// <c>{data}/apphost-state.json</c>: the resources with state, URL, PID and restarts, rewritten every second, for scripts
/// and tests (which service to call, which processes the AppHost owns).
/// </summary>
internal sealed class ResourceStateFile(AppHostContext context, IReadOnlyList<Resource> resources)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Path { get; } = System.IO.Path.Combine(context.DataDirectory, "apphost-state.json");

    public void Write()
    {
        var snapshot = new
        {
            appHostPid = Environment.ProcessId,
            updatedAt = DateTimeOffset.UtcNow,
            resources = resources.Select(resource => new
            {
                name = resource.Name,
                state = resource.State.ToString(),
                url = resource.Url,
                pid = resource.Pid,
                restarts = resource.RestartCount,
                startedAt = resource.StartedAt,
            }),
        };
        var temporary = Path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(snapshot, Json));
        File.Move(temporary, Path, overwrite: true);
    }

    public async Task KeepWritingAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            Write();
        }
    }
}

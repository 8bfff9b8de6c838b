using CpPlatform.Dashboard.Resources;

namespace CpPlatform.Dashboard.Tests;

/// <summary>
/// The dashboard's side of the AppHost for tests of the dashboard alone: two resources and a record of the commands
/// asked for. (The AppHost's real catalog is exercised end to end in EndToEnd.Tests.)
/// </summary>
public sealed class FixedResourceCatalog : IResourceCatalog, IDisposable
{
    private readonly string _consoleFile = Path.Combine(Path.GetTempPath(), $"cp-dashboard-console-{Guid.NewGuid():N}.log");

    public FixedResourceCatalog() => File.WriteAllLines(_consoleFile, ["starting", "Now listening on: http://127.0.0.1:5001", "Application started"]);

    public List<(string Resource, ResourceCommand Command)> Commands { get; } = [];

    public Task<IReadOnlyList<ResourceView>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<ResourceView>>(
    [
        new ResourceView("postgres", "server", "Running", "Healthy", 101, ["postgresql://127.0.0.1:55432"], DateTimeOffset.UtcNow.AddMinutes(-5), 0,
            [SecretMasking.Show("ConnectionStrings__postgres", "Host=127.0.0.1;Port=55432;Username=cp;Password=cp")], []),
        new ResourceView("orders", "project", "Running", "Healthy", 202, ["http://127.0.0.1:5001"], DateTimeOffset.UtcNow.AddMinutes(-1), 2,
            [SecretMasking.Show("Auth__SigningPrivateKey", "-----BEGIN PRIVATE KEY-----")], [ResourceCommand.Start, ResourceCommand.Stop, ResourceCommand.Restart]),
    ]);

    public Task<CommandOutcome> RunAsync(string resource, ResourceCommand command, CancellationToken cancellationToken)
    {
        if (resource is not ("orders" or "postgres"))
        {
            return Task.FromResult(CommandOutcome.UnknownResource);
        }
        if (resource == "postgres")
        {
            return Task.FromResult(CommandOutcome.NotSupported);
        }
        Commands.Add((resource, command));
        return Task.FromResult(CommandOutcome.Done);
    }

    public IReadOnlyList<ConsoleLine>? ConsoleLines(string resource, long afterSequence) => resource == "orders"
        ? File.ReadAllLines(_consoleFile).Select((text, i) => new ConsoleLine(i + 1, DateTimeOffset.UtcNow, text)).Where(line => line.Sequence > afterSequence).ToList()
        : null;

    public string? ConsoleLogFile(string resource) => resource == "orders" ? _consoleFile : null;

    public void Dispose() => File.Delete(_consoleFile);
}

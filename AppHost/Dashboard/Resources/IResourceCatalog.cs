namespace CpPlatform.Dashboard.Resources;

/// <summary>What the dashboard asks of the host that runs the resources (the AppHost): their state and commands.</summary>
public interface IResourceCatalog
{
    Task<IReadOnlyList<ResourceView>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Runs a command on a resource; the answer tells whether it is known and supports the command.</summary>
    Task<CommandOutcome> RunAsync(string resource, ResourceCommand command, CancellationToken cancellationToken);

    /// <summary>The resource's console lines numbered after <paramref name="afterSequence"/> still kept in memory.</summary>
    IReadOnlyList<ConsoleLine>? ConsoleLines(string resource, long afterSequence);

    /// <summary>The file with the resource's whole console output, for search and download.</summary>
    string? ConsoleLogFile(string resource);
}

public enum ResourceCommand
{
    Start,
    Stop,
    Restart,
}

public enum CommandOutcome
{
    Done,
    UnknownResource,
    NotSupported,
}

public sealed record ConsoleLine(long Sequence, DateTimeOffset Time, string Text);

/// <summary>One resource as the resources page shows it.</summary>
public sealed record ResourceView(
    string Name,
    string Type,
    string State,
    string Health,
    int? Pid,
    IReadOnlyList<string> Urls,
    DateTimeOffset? StartedAt,
    int Restarts,
    IReadOnlyList<EnvironmentVariable> Environment,
    IReadOnlyList<ResourceCommand> Commands)
{
    public double? UptimeSeconds => State == "Running" && StartedAt is { } started
        ? Math.Round((DateTimeOffset.UtcNow - started).TotalSeconds)
        : null;
}

public sealed record EnvironmentVariable(string Name, string Value, bool Masked);

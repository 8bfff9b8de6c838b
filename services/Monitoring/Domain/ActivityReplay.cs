namespace CpPlatform.Monitoring.Domain;

/// <summary>A request that every producing service send all its program activities again.</summary>
public sealed class ActivityReplay
{
    private ActivityReplay()
    {
    }

    public Guid Id { get; private init; }
    public DateTimeOffset RequestedAt { get; private init; }

    /// <summary>The client that asked, or <see cref="StartUp"/> when a new (or lost) database asked for itself.</summary>
    public string RequestedBy { get; private init; } = "";

    public const string StartUp = "start-up";

    public static ActivityReplay Request(string by, DateTimeOffset now) => new() { Id = Guid.CreateVersion7(), RequestedAt = now, RequestedBy = by };
}

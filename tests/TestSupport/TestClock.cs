namespace CpPlatform.TestSupport;

/// <summary>
/// The service's <see cref="TimeProvider"/> in tests: real time until a test stops it at an instant (a center's late
/// evening, the day before a session). Timers keep real time, so nothing waiting on them stalls.
/// </summary>
public sealed class TestClock : TimeProvider
{
    public DateTimeOffset? StoppedAt { get; set; }

    public override DateTimeOffset GetUtcNow() => StoppedAt ?? base.GetUtcNow();
}

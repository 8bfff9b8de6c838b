namespace CpPlatform.Events.Apis;

internal static class StoredTime
{
    /// <summary>
    /// Now, to the microsecond PostgreSQL keeps: an answer given now and the same record read back later (a repeated
    /// check-in, a retried registration) show the same time.
    /// </summary>
    public static DateTimeOffset Now(this TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % (TimeSpan.TicksPerMillisecond / 1000)));
    }
}

namespace CpPlatform.Events.Apis;

/// <summary>The token scope that opens this service's API.</summary>
public static class EventsScope
{
    public const string Name = "events";
}

using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Time;

namespace CpPlatform.Events.Domain;

/// <summary>An event a center plans: who may come, where, and how many places it has.</summary>
public sealed class Event : ICenterOwned
{
    private Event()
    {
    }

    public Guid Id { get; private init; }
    public string CenterId { get; private init; } = "";
    public string Title { get; private set; } = "";
    public EventKind Kind { get; private set; }
    public List<string> Sectors { get; private set; } = [];
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    public string? Venue { get; private set; }
    public string? OnlineLink { get; private set; }
    public int Capacity { get; private set; }
    public List<string> CoHosts { get; private set; } = [];
    public int InvitationsSent { get; private set; }

    /// <summary>Public events are listed to anyone and open to public registration; the others are by invitation only.</summary>
    public bool IsPublic { get; private set; }
    public string PlannedBy { get; private init; } = "";
    public DateTimeOffset PlannedAt { get; private init; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static Event Plan(string centerId, EventDetails details, string by, DateTimeOffset now)
    {
        var planned = new Event { Id = Guid.CreateVersion7(), CenterId = centerId, PlannedBy = by, PlannedAt = now };
        planned.Change(details, now);
        return planned;
    }

    public void Change(EventDetails details, DateTimeOffset now)
    {
        Title = details.Title;
        Kind = details.Kind;
        Sectors = [.. details.Sectors];
        StartsAt = details.StartsAt;
        EndsAt = details.EndsAt;
        Venue = details.Venue;
        OnlineLink = details.OnlineLink;
        Capacity = details.Capacity;
        CoHosts = [.. details.CoHosts];
        InvitationsSent = details.InvitationsSent;
        IsPublic = details.IsPublic;
        UpdatedAt = now;
    }

    public bool HasEnded(DateTimeOffset now) => EndsAt <= now;

    /// <summary>Attendance is a fact: the door opens on the event's first day at the center, never before.</summary>
    public bool IsCheckInOpen(CenterTime at) => at.Today >= at.DayOf(StartsAt);
}

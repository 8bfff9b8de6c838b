using CpPlatform.ServiceDefaults.Data;

namespace CpPlatform.Events.Domain;

/// <summary>A meeting of the center's advisory board: its agenda, who attended, and the minutes.</summary>
public sealed class BoardMeeting : ICenterOwned
{
    private BoardMeeting()
    {
    }

    public Guid Id { get; private init; }
    public string CenterId { get; private init; } = "";
    public DateOnly Date { get; private init; }
    public string? Venue { get; private init; }
    public List<string> Agenda { get; private init; } = [];
    public List<Guid> AttendeeIds { get; private set; } = [];
    public string? Minutes { get; private set; }
    public DateTimeOffset? MinutesRecordedAt { get; private set; }
    public DateTimeOffset ScheduledAt { get; private init; }

    public static BoardMeeting Schedule(string centerId, DateOnly date, string? venue, IEnumerable<string> agenda, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        CenterId = centerId,
        Date = date,
        Venue = venue,
        Agenda = [.. agenda],
        ScheduledAt = now,
    };

    /// <summary>Replaces the attendance list; the caller has checked each attendee held a seat on the meeting's date.</summary>
    public void RecordAttendance(IEnumerable<BoardMember> present)
    {
        var attendees = present.ToList();
        if (attendees.FirstOrDefault(member => !member.IsSeatedOn(Date) || member.CenterId != CenterId) is { } outsider)
        {
            throw new InvalidOperationException($"Member {outsider.Id} held no seat on this board on {Date}.");
        }
        AttendeeIds = attendees.Select(member => member.Id).Distinct().ToList();
    }

    public void RecordMinutes(string minutes, DateTimeOffset now)
    {
        Minutes = minutes;
        MinutesRecordedAt = now;
    }
}

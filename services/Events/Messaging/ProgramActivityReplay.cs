using System.Runtime.CompilerServices;
using CpPlatform.Contracts.Monitoring;
using CpPlatform.Events.Data;
using CpPlatform.ServiceDefaults.Monitoring;
using CpPlatform.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Events.Messaging;

/// <summary>Sends every check-in, expert question, board member and board meeting of every center again when program monitoring asks.</summary>
public sealed class ProgramActivityReplay(EventsDbContext db, CenterClock clock, ILogger<ProgramActivityReplay> logger)
    : ProgramActivityReplayConsumer<EventsDbContext>(db, logger)
{
    protected override async IAsyncEnumerable<(string CenterId, ProgramActivity Activity)> ReadAllAsync(
        EventsDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var calendars = new Dictionary<string, CenterTime>(StringComparer.Ordinal);
        async Task<CenterTime> AtAsync(string centerId) =>
            calendars.TryGetValue(centerId, out var known) ? known : calendars[centerId] = await clock.AtAsync(centerId, cancellationToken);

        foreach (var dated in await CalendarActivities.ReadAsync(db, centerId: null, AtAsync, cancellationToken))
        {
            yield return dated;
        }

        var members = await db.BoardMembers.AsNoTracking().OrderBy(m => m.CenterId).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        foreach (var member in members)
        {
            yield return (member.CenterId, ProgramActivities.Member(member));
        }

        var meetings = await db.BoardMeetings.AsNoTracking().OrderBy(m => m.CenterId).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.CenterId, m.Date })
            .ToListAsync(cancellationToken);
        foreach (var meeting in meetings)
        {
            yield return (meeting.CenterId, ProgramActivities.Meeting(meeting.Id, meeting.Date));
        }
    }
}

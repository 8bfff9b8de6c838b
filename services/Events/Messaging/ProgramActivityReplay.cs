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
        // Each list is read in full before the centers' calendars are looked up on the same connection.
        var calendars = new Dictionary<string, CenterTime>(StringComparer.Ordinal);
        async Task<CenterTime> AtAsync(string centerId) =>
            calendars.TryGetValue(centerId, out var known) ? known : calendars[centerId] = await clock.AtAsync(centerId, cancellationToken);

        var checkIns = await db.CheckIns().ToListAsync(cancellationToken);
        foreach (var checkIn in checkIns)
        {
            yield return (checkIn.CenterId, ProgramActivities.Attendance(checkIn, await AtAsync(checkIn.CenterId)));
        }

        var questions = await db.Questions.AsNoTracking().OrderBy(q => q.CenterId).ThenBy(q => q.Id)
            .Select(q => new { q.Id, q.CenterId, q.ReceivedAt, q.Status })
            .ToListAsync(cancellationToken);
        foreach (var question in questions)
        {
            foreach (var activity in ProgramActivities.Question(question.Id, question.ReceivedAt, question.Status, await AtAsync(question.CenterId)))
            {
                yield return (question.CenterId, activity);
            }
        }

        var members = await db.BoardMembers.AsNoTracking().OrderBy(m => m.CenterId).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        foreach (var member in members)
        {
            yield return (member.CenterId, ProgramActivities.Member(member, (await AtAsync(member.CenterId)).Today));
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

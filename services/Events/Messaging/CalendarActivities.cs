using CpPlatform.Contracts.Monitoring;
using CpPlatform.Events.Data;
using CpPlatform.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Events.Messaging;

/// <summary>The program activities dated by a center's calendar (check-ins and expert questions): read for a replay, or again when a center's time zone changes.</summary>
internal static class CalendarActivities
{
    /// <summary>Those of <paramref name="centerId"/> (all centers when null), each list read in full before the calendars are looked up on the same connection.</summary>
    public static async Task<List<(string CenterId, ProgramActivity Activity)>> ReadAsync(
        EventsDbContext db, string? centerId, Func<string, Task<CenterTime>> calendarOf, CancellationToken cancellationToken)
    {
        var checkIns = await db.CheckIns(centerId).ToListAsync(cancellationToken);
        var questions = await db.Questions.AsNoTracking()
            .Where(q => centerId == null || q.CenterId == centerId)
            .OrderBy(q => q.CenterId).ThenBy(q => q.Id)
            .Select(q => new { q.Id, q.CenterId, q.ReceivedAt, q.Status })
            .ToListAsync(cancellationToken);
        var activities = new List<(string CenterId, ProgramActivity Activity)>();
        foreach (var checkIn in checkIns)
        {
            activities.Add((checkIn.CenterId, ProgramActivities.Attendance(checkIn, await calendarOf(checkIn.CenterId))));
        }
        foreach (var question in questions)
        {
            var at = await calendarOf(question.CenterId);
            activities.AddRange(ProgramActivities.Question(question.Id, question.ReceivedAt, question.Status, at).Select(activity => (question.CenterId, activity)));
        }
        return activities;
    }
}

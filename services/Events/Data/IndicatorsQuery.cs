using CpPlatform.Events.Domain;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Events.Data;

internal static class IndicatorsQuery
{
    /// <summary>
    /// Every check-in at events starting in [<paramref name="from"/>, <paramref name="until"/>), one narrow row each, for
    /// <see cref="Reach.Of"/> to count. The center filter of the context still applies.
    /// </summary>
    public static Task<List<Attendance>> AttendancesAsync(
        this EventsDbContext db, DateTimeOffset from, DateTimeOffset until, string? centerId, CancellationToken cancellationToken)
    {
        var events = db.Events.Where(e => e.StartsAt >= from && e.StartsAt < until);
        if (!string.IsNullOrWhiteSpace(centerId))
        {
            events = events.Where(e => e.CenterId == centerId);
        }
        return (from e in events
                join r in db.Registrations on e.Id equals r.EventId
                where r.CheckedInAt != null
                select new Attendance(e.Id, e.CenterId, e.Kind, r.Email, r.Category, r.EnterpriseId))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Expert questions received in the period, and how many of them were answered, per calendar year.</summary>
    public static async Task<List<QuestionYear>> QuestionsPerYearAsync(
        this EventsDbContext db, DateTimeOffset from, DateTimeOffset until, string? centerId, CancellationToken cancellationToken)
    {
        var questions = db.Questions.Where(q => q.ReceivedAt >= from && q.ReceivedAt < until);
        if (!string.IsNullOrWhiteSpace(centerId))
        {
            questions = questions.Where(q => q.CenterId == centerId);
        }
        // A few hundred questions a year: counted here, by the UTC year they arrived in.
        var received = await questions.Select(q => new { q.ReceivedAt, Answered = q.Status == QuestionStatus.Answered }).ToListAsync(cancellationToken);
        return received
            .GroupBy(q => q.ReceivedAt.UtcDateTime.Year)
            .OrderBy(g => g.Key)
            .Select(g => new QuestionYear(g.Key, g.Count(), g.Count(q => q.Answered)))
            .ToList();
    }
}

public sealed record QuestionYear(int Year, int Received, int Answered);

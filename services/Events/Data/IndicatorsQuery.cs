using CpPlatform.Events.Domain;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Events.Data;

/// <summary>
/// Indicators counted by PostgreSQL (COUNT, COUNT DISTINCT, GROUP BY): each query answers one row per group, however
/// long the period and however many people came. The center filter of the context still applies.
/// </summary>
internal static class IndicatorsQuery
{
    /// <summary>
    /// What the check-ins at events starting in [<paramref name="from"/>, <paramref name="until"/>) add up to. People are
    /// counted by email, which <see cref="Registration"/> stores normalized, so someone at three events however they typed
    /// it is one person reached (and one per center, kind or category they met); attendances count every check-in;
    /// companies count by enterprise, not by the people they send.
    /// </summary>
    public static async Task<Reach> ReachAsync(
        this EventsDbContext db, DateTimeOffset from, DateTimeOffset until, string? centerId, CancellationToken cancellationToken)
    {
        var events = db.Events.Where(e => e.StartsAt >= from && e.StartsAt < until);
        if (!string.IsNullOrWhiteSpace(centerId))
        {
            events = events.Where(e => e.CenterId == centerId);
        }
        var attendances = from e in events
                          join r in db.Registrations on e.Id equals r.EventId
                          where r.CheckedInAt != null
                          select new { EventId = e.Id, e.CenterId, e.Kind, r.Email, r.Category, r.EnterpriseId };

        var totals = await attendances
            .GroupBy(_ => 1)
            .Select(all => new
            {
                Events = all.Select(a => a.EventId).Distinct().Count(),
                Attendances = all.Count(),
                People = all.Select(a => a.Email).Distinct().Count(),
                Companies = all.Where(a => a.Category == StakeholderCategory.Company && a.EnterpriseId != null).Select(a => a.EnterpriseId).Distinct().Count(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var byKind = await attendances
            .GroupBy(a => a.Kind)
            .Select(g => new KindCount(g.Key, g.Select(a => a.EventId).Distinct().Count(), g.Count(), g.Select(a => a.Email).Distinct().Count()))
            .ToListAsync(cancellationToken);
        var byCategory = await attendances
            .GroupBy(a => a.Category)
            .Select(g => new CategoryCount(g.Key, g.Count(), g.Select(a => a.Email).Distinct().Count()))
            .ToListAsync(cancellationToken);
        var byCenter = await attendances
            .GroupBy(a => a.CenterId)
            .Select(g => new CenterCount(g.Key, g.Select(a => a.EventId).Distinct().Count(), g.Count(), g.Select(a => a.Email).Distinct().Count()))
            .ToListAsync(cancellationToken);

        // Ordered here, in the enums' declared order and by ordinal center id, not by the database's collation.
        return new Reach(
            totals?.Events ?? 0,
            totals?.Attendances ?? 0,
            totals?.People ?? 0,
            totals?.Companies ?? 0,
            [.. byKind.OrderBy(line => line.Kind)],
            [.. byCategory.OrderBy(line => line.Category)],
            [.. byCenter.OrderBy(line => line.CenterId, StringComparer.Ordinal)]);
    }

    /// <summary>Expert questions received in the period, and how many of them were answered, per UTC year they arrived in.</summary>
    public static Task<List<QuestionYear>> QuestionsPerYearAsync(
        this EventsDbContext db, DateTimeOffset from, DateTimeOffset until, string? centerId, CancellationToken cancellationToken)
    {
        var questions = db.Questions.Where(q => q.ReceivedAt >= from && q.ReceivedAt < until);
        if (!string.IsNullOrWhiteSpace(centerId))
        {
            questions = questions.Where(q => q.CenterId == centerId);
        }
        return questions
            .GroupBy(q => q.ReceivedAt.UtcDateTime.Year)
            .OrderBy(g => g.Key)
            .Select(g => new QuestionYear(g.Key, g.Count(), g.Count(q => q.Status == QuestionStatus.Answered)))
            .ToListAsync(cancellationToken);
    }
}

public sealed record QuestionYear(int Year, int Received, int Answered);

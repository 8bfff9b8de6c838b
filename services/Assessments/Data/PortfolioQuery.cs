using CpPlatform.Assessments.Domain;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Assessments.Data;

/// <summary>
/// Sums a portfolio per sector with GROUP BY in PostgreSQL, in one round trip however many projects there are. Each
/// project carries its options' totals, so the sums read projects only, never their options. The center filter of the
/// context still applies.
/// </summary>
internal static class PortfolioQuery
{
    public static async Task<List<PortfolioLine>> BySectorAsync(
        this AssessmentsDbContext db, string? sector, DateTimeOffset? from, DateTimeOffset? until, string? centerId, CancellationToken cancellationToken)
    {
        var projects = from project in db.Projects
                       join enterprise in db.Enterprises on project.EnterpriseId equals enterprise.EnterpriseId
                       select new
                       {
                           project.EnterpriseId, project.CenterId, project.SelectedAt, enterprise.Sector, project.OptionTotals.Recommended,
                           project.OptionTotals.Implemented, project.OptionTotals.ImplementedInvestment, project.OptionTotals.ImplementedAnnualSavings,
                       };
        if (!string.IsNullOrWhiteSpace(sector))
        {
            projects = projects.Where(project => project.Sector == sector);
        }
        if (from is { } start)
        {
            projects = projects.Where(project => project.SelectedAt >= start);
        }
        if (until is { } end)
        {
            projects = projects.Where(project => project.SelectedAt < end);
        }
        if (!string.IsNullOrWhiteSpace(centerId))
        {
            projects = projects.Where(project => project.CenterId == centerId);
        }

        var lines = await projects
            .GroupBy(project => project.Sector)
            .Select(group => new PortfolioLine(
                group.Key,
                group.Select(project => project.EnterpriseId).Distinct().Count(),
                group.Sum(project => project.Recommended),
                group.Sum(project => project.Implemented),
                group.Sum(project => project.ImplementedInvestment),
                group.Sum(project => project.ImplementedAnnualSavings)))
            .ToListAsync(cancellationToken);
        return lines.OrderBy(line => line.Sector, StringComparer.Ordinal).ToList();
    }
}

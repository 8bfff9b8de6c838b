using CpPlatform.Assessments.Domain;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Assessments.Data;

/// <summary>
/// Sums a portfolio per sector with GROUP BY in PostgreSQL, so it stays one cheap round trip per figure set however
/// many projects there are. The center filter of the context still applies.
/// </summary>
internal static class PortfolioQuery
{
    public static async Task<List<PortfolioLine>> BySectorAsync(
        this AssessmentsDbContext db, string? sector, DateTimeOffset? from, DateTimeOffset? until, string? centerId, CancellationToken cancellationToken)
    {
        var projects = from project in db.Projects
                       join enterprise in db.Enterprises on project.EnterpriseId equals enterprise.EnterpriseId
                       select new { project.Id, project.EnterpriseId, project.CenterId, project.SelectedAt, enterprise.Sector };
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

        var plants = await projects
            .GroupBy(project => project.Sector)
            .Select(group => new { Sector = group.Key, Plants = group.Select(project => project.EnterpriseId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        var options = await (from project in projects
                             join option in db.Options on project.Id equals option.ProjectId
                             select new { project.Sector, option.Status, option.ImplementedInvestment, option.ImplementedAnnualSavings })
            .GroupBy(row => row.Sector)
            .Select(group => new
            {
                Sector = group.Key,
                Recommended = group.Count(row => row.Status != OptionStatus.Rejected),
                Implemented = group.Count(row => row.Status == OptionStatus.Implemented || row.Status == OptionStatus.Verified),
                // Only implemented options carry implemented figures, so these sums are the implemented totals.
                Investment = group.Sum(row => row.ImplementedInvestment) ?? 0,
                AnnualSavings = group.Sum(row => row.ImplementedAnnualSavings) ?? 0,
            })
            .ToDictionaryAsync(row => row.Sector, cancellationToken);

        return plants
            .OrderBy(line => line.Sector, StringComparer.Ordinal)
            .Select(line => options.TryGetValue(line.Sector, out var sums)
                ? new PortfolioLine(line.Sector, line.Plants, sums.Recommended, sums.Implemented, sums.Investment, sums.AnnualSavings)
                : new PortfolioLine(line.Sector, line.Plants, 0, 0, 0, 0))
            .ToList();
    }
}

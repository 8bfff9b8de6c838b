using CpPlatform.Assessments.Domain;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Assessments.Data;

internal static class ProjectQueries
{
    /// <summary>A project with its options, tracked for a change; null when absent or another center's.</summary>
    public static Task<DemonstrationProject?> FindProjectAsync(this AssessmentsDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Projects.Include(project => project.Options).SingleOrDefaultAsync(project => project.Id == id, cancellationToken);

    public static Task<EnterpriseSnapshot> EnterpriseOfAsync(this AssessmentsDbContext db, DemonstrationProject project, CancellationToken cancellationToken) =>
        db.Enterprises.SingleAsync(enterprise => enterprise.EnterpriseId == project.EnterpriseId, cancellationToken);
}

using CpPlatform.ServiceDefaults.Data;

namespace CpPlatform.Assessments.Domain;

/// <summary>A one-day walk-through of a plant that ends with the selection decision.</summary>
public sealed class PreAssessment : ICenterOwned
{
    private PreAssessment()
    {
    }

    public Guid Id { get; private init; }
    public string CenterId { get; private init; } = "";
    public Guid EnterpriseId { get; private init; }
    public DateOnly Date { get; private init; }
    public string Specialist { get; private init; } = "";
    public string Findings { get; private init; } = "";
    public SelectionCriteria Criteria { get; private init; } = null!;
    public string RecordedBy { get; private init; } = "";
    public DateTimeOffset RecordedAt { get; private init; }

    /// <summary>The decision follows from the criteria: the plant qualifies when all four hold.</summary>
    public bool Qualifies => Criteria.AllHold;

    public static PreAssessment Record(
        EnterpriseSnapshot enterprise, DateOnly date, string specialist, string findings, bool locallySignificantImpact,
        bool managementCommitment, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        CenterId = enterprise.CenterId,
        EnterpriseId = enterprise.EnterpriseId,
        Date = date,
        Specialist = specialist,
        Findings = findings,
        Criteria = new SelectionCriteria(enterprise.IsSme, locallySignificantImpact, enterprise.PublishResults, managementCommitment),
        RecordedBy = by,
        RecordedAt = now,
    };
}

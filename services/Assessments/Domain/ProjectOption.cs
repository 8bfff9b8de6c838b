using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Problems;

namespace CpPlatform.Assessments.Domain;

/// <summary>A CP option recommended to a plant, followed from proposal to verified savings.</summary>
public sealed class ProjectOption : ICenterOwned
{
    private ProjectOption()
    {
    }

    public Guid Id { get; private init; }
    public Guid ProjectId { get; private init; }
    public string CenterId { get; private init; } = "";
    public OptionCategory Category { get; private init; }
    public string Description { get; private init; } = "";

    /// <summary>Process details that stay the company's property: never shown in a case study.</summary>
    public bool Confidential { get; private init; }
    public decimal Investment { get; private init; }
    public decimal AnnualSavings { get; private init; }
    public OptionReductions Reductions { get; private init; } = OptionReductions.Zero;
    public OptionStatus Status { get; private set; }
    public RejectionReason? RejectionReason { get; private set; }
    public DateOnly? ImplementedOn { get; private set; }
    public decimal? ActualInvestment { get; private set; }
    public decimal? VerifiedAnnualSavings { get; private set; }

    /// <summary>Actual investment, else planned, once implemented: stored so portfolio sums run in the database.</summary>
    public decimal? ImplementedInvestment { get; private set; }

    /// <summary>Verified savings, else estimated, once implemented: stored so portfolio sums run in the database.</summary>
    public decimal? ImplementedAnnualSavings { get; private set; }
    public string UpdatedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsRecommended => Status != OptionStatus.Rejected;
    public bool IsImplemented => Status is OptionStatus.Implemented or OptionStatus.Verified;

    internal static ProjectOption Propose(DemonstrationProject project, OptionDetails details, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        ProjectId = project.Id,
        CenterId = project.CenterId,
        Category = details.Category,
        Description = details.Description,
        Confidential = details.Confidential,
        Investment = details.Investment,
        AnnualSavings = details.AnnualSavings,
        Reductions = details.Reductions,
        Status = OptionStatus.Proposed,
        UpdatedBy = by,
        UpdatedAt = now,
    };

    public void Accept(string by, DateTimeOffset now)
    {
        Require(OptionStatus.Proposed, OptionStatus.Accepted);
        Stamp(OptionStatus.Accepted, by, now);
    }

    public void Reject(RejectionReason reason, string by, DateTimeOffset now)
    {
        Require(OptionStatus.Proposed, OptionStatus.Rejected);
        RejectionReason = reason;
        Stamp(OptionStatus.Rejected, by, now);
    }

    public void Implement(DateOnly on, decimal? actualInvestment, string by, DateTimeOffset now)
    {
        Require(OptionStatus.Accepted, OptionStatus.Implemented);
        ImplementedOn = on;
        ActualInvestment = actualInvestment;
        ImplementedInvestment = actualInvestment ?? Investment;
        ImplementedAnnualSavings = AnnualSavings;
        Stamp(OptionStatus.Implemented, by, now);
    }

    public void Verify(decimal verifiedAnnualSavings, string by, DateTimeOffset now)
    {
        Require(OptionStatus.Implemented, OptionStatus.Verified);
        VerifiedAnnualSavings = verifiedAnnualSavings;
        ImplementedAnnualSavings = verifiedAnnualSavings;
        Stamp(OptionStatus.Verified, by, now);
    }

    private void Require(OptionStatus from, OptionStatus to)
    {
        if (Status != from)
        {
            throw new ConflictException("status",
                $"An option becomes {KebabCase.Name(to)} only from {KebabCase.Name(from)}; this one is {KebabCase.Name(Status)}.");
        }
    }

    private void Stamp(OptionStatus status, string by, DateTimeOffset now)
    {
        Status = status;
        UpdatedBy = by;
        UpdatedAt = now;
    }
}

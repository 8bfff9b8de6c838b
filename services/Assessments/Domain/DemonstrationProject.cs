using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Problems;

namespace CpPlatform.Assessments.Domain;

/// <summary>A CP implementation project at one plant, walked through the UNEP phases.</summary>
public sealed class DemonstrationProject : ICenterOwned
{
    private DemonstrationProject()
    {
    }

    public Guid Id { get; private init; }
    public string CenterId { get; private init; } = "";
    public Guid EnterpriseId { get; private init; }
    public Guid? PreAssessmentId { get; private init; }
    public SelectionCriteria Criteria { get; private init; } = null!;
    public CostShare CostShare { get; private init; } = null!;
    public List<Consultant> Consultants { get; private init; } = [];
    public List<ConsultantScore> Scores { get; private init; } = [];
    public ProjectPhase Phase { get; private set; }
    public List<PhaseChange> PhaseHistory { get; private init; } = [];
    public List<ProjectOption> Options { get; private init; } = [];

    /// <summary>Its options' portfolio figures, counted again with every change of an option (<see cref="CountOptions"/>).</summary>
    public OptionTotals OptionTotals { get; private set; } = OptionTotals.None;
    public Measurement? Baseline { get; private set; }
    public Measurement? After { get; private set; }

    /// <summary>When the first option's savings were verified: from then on the project can be a case study.</summary>
    public DateTimeOffset? VerifiedAt { get; private set; }
    public string SelectedBy { get; private init; } = "";
    public DateTimeOffset SelectedAt { get; private init; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsOpen => Phase is not (ProjectPhase.Closed or ProjectPhase.Cancelled);

    public ProjectEconomics Economics => ProjectEconomics.Of(Options, Baseline, After);

    /// <summary>Selects a plant; the caller has checked that every criterion holds.</summary>
    public static DemonstrationProject Select(
        EnterpriseSnapshot enterprise, Guid? preAssessmentId, SelectionCriteria criteria, CostShare costShare,
        IEnumerable<Consultant> consultants, string by, DateTimeOffset now)
    {
        if (!criteria.AllHold)
        {
            throw new InvalidOperationException($"Selection criteria failed: {string.Join(", ", criteria.Failed())}.");
        }
        return new DemonstrationProject
        {
            Id = Guid.CreateVersion7(),
            CenterId = enterprise.CenterId,
            EnterpriseId = enterprise.EnterpriseId,
            PreAssessmentId = preAssessmentId,
            Criteria = criteria,
            CostShare = costShare,
            Consultants = [.. consultants],
            Phase = ProjectPhase.PlanningOrganisation,
            SelectedBy = by,
            SelectedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>Moves to the next phase only: the method's phases build on each other and are never repeated.</summary>
    public void MoveTo(ProjectPhase to, string by, DateTimeOffset now)
    {
        EnsureOpen();
        if (to == ProjectPhase.Cancelled)
        {
            throw new ConflictException("to", "A project is cancelled with POST .../cancel and a reason.");
        }
        if (to <= Phase)
        {
            throw new ConflictException("to", $"Phases only move forward: the project is already in {KebabCase.Name(Phase)}.");
        }
        if (to != Phase + 1)
        {
            throw new ConflictException("to", $"The next phase after {KebabCase.Name(Phase)} is {KebabCase.Name(Phase + 1)}.");
        }
        Change(to, by, now, reason: null);
    }

    public void Cancel(string reason, string by, DateTimeOffset now)
    {
        EnsureOpen();
        Change(ProjectPhase.Cancelled, by, now, reason);
    }

    public ProjectOption AddOption(OptionDetails details, string by, DateTimeOffset now)
    {
        EnsureOpen();
        var option = ProjectOption.Propose(this, details, by, now);
        Options.Add(option);
        CountOptions();
        UpdatedAt = now;
        return option;
    }

    /// <summary>Counts the options again: called after an option of this project changed its status.</summary>
    public void CountOptions() => OptionTotals = OptionTotals.Of(Options);

    /// <summary>An option of this project for a status change, or null when the project has no such option.</summary>
    public ProjectOption? OptionToChange(Guid optionId)
    {
        var option = Options.SingleOrDefault(o => o.Id == optionId);
        if (option is not null)
        {
            EnsureNotCancelled();
        }
        return option;
    }

    public void VerifyOption(ProjectOption option, decimal verifiedAnnualSavings, string by, DateTimeOffset now)
    {
        option.Verify(verifiedAnnualSavings, by, now);
        VerifiedAt ??= now;
        UpdatedAt = now;
    }

    /// <summary>Totals of the verified options: the evidence a verification reports.</summary>
    public (EconomicFigures Figures, OptionReductions Reductions) VerifiedResults()
    {
        var verified = Options.Where(option => option.Status == OptionStatus.Verified).ToList();
        var figures = new EconomicFigures(verified.Count, verified.Sum(option => option.ImplementedInvestment ?? 0),
            verified.Sum(option => option.ImplementedAnnualSavings ?? 0));
        return (figures, verified.Aggregate(OptionReductions.Zero, (sum, option) => sum.Plus(option.Reductions)));
    }

    /// <summary>Measurements are taken again when better data arrives, so a new one replaces the period's old one.</summary>
    public void Record(MeasurementKind kind, Measurement measurement, DateTimeOffset now)
    {
        EnsureNotCancelled();
        if (kind == MeasurementKind.Baseline)
        {
            Baseline = measurement;
        }
        else
        {
            After = measurement;
        }
        UpdatedAt = now;
    }

    public ConsultantScore Score(string email, int score, string by, DateTimeOffset now)
    {
        EnsureNotCancelled();
        var consultant = Consultants.SingleOrDefault(c => string.Equals(c.Email, email, StringComparison.OrdinalIgnoreCase))
            ?? throw new ConflictException("consultantEmail", "Only a consultant assigned to the project can be scored on it.");
        var scored = new ConsultantScore(consultant.Email, consultant.Name, score, by, now);
        Scores.RemoveAll(existing => existing.Email == consultant.Email);
        Scores.Add(scored);
        UpdatedAt = now;
        return scored;
    }

    private void Change(ProjectPhase to, string by, DateTimeOffset now, string? reason)
    {
        PhaseHistory.Add(new PhaseChange(Phase, to, by, now, reason));
        Phase = to;
        UpdatedAt = now;
    }

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new ConflictException("phase", $"The project is {KebabCase.Name(Phase)}.");
        }
    }

    private void EnsureNotCancelled()
    {
        if (Phase == ProjectPhase.Cancelled)
        {
            throw new ConflictException("phase", "The project is cancelled.");
        }
    }
}

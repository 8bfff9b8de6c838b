namespace CpPlatform.Training.Domain;

/// <summary>
/// What a consultant needs for a certificate and how long it lasts (configuration section <c>Training:Certification</c>):
/// completed consultant training (all phases), a demonstration project scored at least
/// <see cref="MinimumProjectScore"/>, and a passed accreditation exam.
/// </summary>
public sealed class CertificationRule
{
    public const string Section = "Training:Certification";

    public const string TrainingIncomplete = "training-incomplete";
    public const string NoQualifyingProject = "no-qualifying-project";
    public const string ExamNotPassed = "exam-not-passed";

    public int MinimumProjectScore { get; set; } = 80;
    public int ValidityYears { get; set; } = 3;

    /// <summary>The authority a certificate names as its issuer on the public verification page.</summary>
    public string IssuedBy { get; set; } = "National Cleaner Production Program";

    /// <summary>Every requirement the evidence does not meet, in the order above; none means a certificate may be issued.</summary>
    public IReadOnlyList<UnmetRequirement> Unmet(CertificationEvidence evidence)
    {
        var unmet = new List<UnmetRequirement>();
        if (!evidence.CompletedConsultantTraining)
        {
            unmet.Add(new(TrainingIncomplete, "No completed enrollment (every module and phase, fee settled) in a course for consultants."));
        }
        if (!(evidence.BestProjectScore >= MinimumProjectScore))
        {
            unmet.Add(new(NoQualifyingProject, evidence.BestProjectScore is { } best
                ? $"Best demonstration-project score is {best}; at least {MinimumProjectScore} is required."
                : $"No demonstration-project score has been reported; at least {MinimumProjectScore} is required."));
        }
        if (!evidence.PassedExam)
        {
            unmet.Add(new(ExamNotPassed, "No passed accreditation exam is recorded."));
        }
        return unmet;
    }

    /// <summary>Valid through the day before the anniversary: issued 2026-03-10, valid until 2029-03-09.</summary>
    public DateOnly ValidUntil(DateOnly issuedOn) => issuedOn.AddYears(ValidityYears).AddDays(-1);
}

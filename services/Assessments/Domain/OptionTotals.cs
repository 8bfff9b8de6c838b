namespace CpPlatform.Assessments.Domain;

/// <summary>
/// A project's options as a portfolio counts them: recommended (not rejected), implemented, and the implemented
/// investment and annual savings. Kept on the project, so a portfolio of 10,000 projects sums 10,000 rows, not their
/// 100,000 options.
/// </summary>
public sealed record OptionTotals(int Recommended, int Implemented, decimal ImplementedInvestment, decimal ImplementedAnnualSavings)
{
    public static readonly OptionTotals None = new(0, 0, 0, 0);

    public static OptionTotals Of(IReadOnlyCollection<ProjectOption> options) => new(
        options.Count(option => option.IsRecommended),
        options.Count(option => option.IsImplemented),
        options.Sum(option => option.ImplementedInvestment ?? 0),
        options.Sum(option => option.ImplementedAnnualSavings ?? 0));
}

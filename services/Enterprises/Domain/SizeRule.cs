using CpPlatform.ServiceDefaults.Http;

namespace CpPlatform.Enterprises.Domain;

/// <summary>
/// How a center classifies enterprises by size, written down so donors can audit it. Thresholds are exclusive upper
/// bounds: with the defaults, 9 employees is micro and 10 is small; sales of exactly 5,000,000 are not SME.
/// </summary>
public sealed record SizeRule(int MicroBelowEmployees, int SmallBelowEmployees, int MediumBelowEmployees, decimal SmeBelowAnnualSalesUsd)
{
    public static SizeRule Default { get; } = new(10, 50, 250, 5_000_000m);

    /// <summary>An enterprise has at most 10,000,000 employees, so no threshold needs to be higher than one more than that.</summary>
    public const int MaxEmployeesThreshold = 10_000_001;

    public SizeClass Classify(int employees) => employees switch
    {
        _ when employees < MicroBelowEmployees => SizeClass.Micro,
        _ when employees < SmallBelowEmployees => SizeClass.Small,
        _ when employees < MediumBelowEmployees => SizeClass.Medium,
        _ => SizeClass.Large,
    };

    /// <summary>An SME is not large and sells less than the sales ceiling.</summary>
    public bool IsSme(int employees, decimal annualSalesUsd) =>
        Classify(employees) != SizeClass.Large && annualSalesUsd < SmeBelowAnnualSalesUsd;

    /// <summary>The reasons this rule is not usable, empty when it is.</summary>
    public IEnumerable<(string Field, string Rule)> Problems()
    {
        if (MicroBelowEmployees is < 1 or > MaxEmployeesThreshold)
        {
            yield return ("microBelowEmployees", "Must be 1 to 10,000,001.");
        }
        if (SmallBelowEmployees <= MicroBelowEmployees)
        {
            yield return ("smallBelowEmployees", "Must be greater than microBelowEmployees.");
        }
        if (MediumBelowEmployees <= SmallBelowEmployees)
        {
            yield return ("mediumBelowEmployees", "Must be greater than smallBelowEmployees.");
        }
        if (SmallBelowEmployees > MaxEmployeesThreshold)
        {
            yield return ("smallBelowEmployees", "At most 10,000,001.");
        }
        if (MediumBelowEmployees > MaxEmployeesThreshold)
        {
            yield return ("mediumBelowEmployees", "At most 10,000,001.");
        }
        if (!Amounts.IsMoney(SmeBelowAnnualSalesUsd))
        {
            yield return ("smeBelowAnnualSalesUsd", $"Must be {Amounts.MoneyRule}.");
        }
    }
}

namespace CpPlatform.Financing.Domain;

/// <summary>The program's limits on every guarantee facility (DOMAIN.md, financing).</summary>
public static class FacilityRules
{
    /// <summary>The guarantor never covers more than half of a loss.</summary>
    public const decimal MaxCoverageRate = 0.5m;

    public const decimal DefaultMaxLoanPerBorrower = 400_000m;
}

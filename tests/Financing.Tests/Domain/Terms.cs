using CpPlatform.Financing.Domain;

namespace CpPlatform.Financing.Tests.Domain;

/// <summary>A facility and borrower for rule tests: 50% coverage, 1,000,000 portfolio, 400,000 per borrower, open through 2026.</summary>
internal static class Terms
{
    public static readonly DateOnly Today = new(2026, 6, 15);

    public static Facility Facility(decimal maxPortfolio = 1_000_000m, decimal coverageRate = 0.5m, decimal maxLoanPerBorrower = 400_000m) => new()
    {
        Id = Guid.NewGuid(),
        BankId = "banco-norte",
        Guarantor = "Donor Agency",
        Currency = "USD",
        MaxPortfolio = maxPortfolio,
        CoverageRate = coverageRate,
        MaxLoanPerBorrower = maxLoanPerBorrower,
        EligiblePurposes = [LoanPurpose.CleanerProduction, LoanPurpose.EnergyEfficiency],
        EligibleCountries = ["MX", "CO"],
        PlacementStart = new DateOnly(2026, 1, 1),
        PlacementEnd = new DateOnly(2026, 12, 31),
        OriginationFeeRate = 0.01m,
        UtilizationFeeRate = 0.005m,
    };

    public static BorrowerSnapshot Borrower(bool isSme = true, bool shareWithBanks = true) => new()
    {
        EnterpriseId = Guid.NewGuid(),
        CenterId = "mx-chihuahua",
        Revision = 1,
        Country = "MX",
        TaxId = "CDN850101AB1",
        IsSme = isSme,
        ShareWithBanks = shareWithBanks,
    };

    public static EligibilityQuestion Question(
        Facility? facility = null, BorrowerSnapshot? borrower = null, decimal amount = 100_000m, LoanPurpose purpose = LoanPurpose.EnergyEfficiency,
        string country = "MX", DateOnly? today = null, decimal borrowerCovered = 0m) =>
        new(facility ?? Facility(), borrower, country, amount, purpose, today ?? Today, borrowerCovered);
}

using CpPlatform.Financing.Domain;
using CpPlatform.ServiceDefaults.Http;

namespace CpPlatform.Financing.Apis;

internal static class FacilityValidation
{
    /// <summary>Each purpose at most once (a repeat is dropped); absent means every purpose.</summary>
    public static readonly CollectionRule EligiblePurposes = new(1, Enum.GetValues<LoanPurpose>().Length, "eligible purposes");

    /// <summary>Latin America and the Caribbean count 33 countries: 50 leaves room for a wider program. A repeat is dropped.</summary>
    public static readonly CollectionRule EligibleCountries = new(1, 50, "eligible countries");

    /// <summary>The placement window is a plan: it opens at most 5 years after <paramref name="today"/> and lasts at most 10 years.</summary>
    public static ValidationErrors Validate(FacilityRequest request, DateOnly today)
    {
        var errors = new ValidationErrors();
        errors.Check(Text.IsPresent(request.BankId, 64), "bankId", "Required.");
        errors.Check(Text.IsPresent(request.Guarantor, 200), "guarantor", "Required, at most 200 characters.");
        errors.Check(request.Currency is null || (request.Currency.Length == 3 && request.Currency.All(char.IsAsciiLetter)),
            "currency", "An ISO 4217 code such as USD.");
        errors.Money(request.MaxPortfolio, "maxPortfolio");
        errors.Rate(request.CoverageRate, "coverageRate",
            $"above zero and at most {FacilityRules.MaxCoverageRate} (the guarantor covers at most 50% of a loss)", 0m, true, FacilityRules.MaxCoverageRate, false);
        errors.Money(request.MaxLoanPerBorrower, "maxLoanPerBorrower", optional: true);
        errors.Collection(request.EligiblePurposes, "eligiblePurposes", EligiblePurposes, optional: true);
        errors.Collection(request.EligibleCountries, "eligibleCountries", EligibleCountries, Text.IsCountry, "An ISO 3166-1 alpha-2 code.");
        errors.PlannedDay(request.PlacementStart, "placementStart", today);
        errors.EndDay(request.PlacementStart, request.PlacementEnd, "placementEnd", "placementStart", Dates.LongestPlacementWindow);
        errors.Rate(request.OriginationFeeRate, "originationFeeRate", "from 0 up to (not including) 1", 0m, false, 1m, true, optional: true);
        errors.Rate(request.UtilizationFeeRate, "utilizationFeeRate", "from 0 up to (not including) 1", 0m, false, 1m, true, optional: true);
        return errors;
    }

    public static Facility ToFacility(FacilityRequest request, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        BankId = request.BankId!.Trim(),
        Guarantor = request.Guarantor!.Trim(),
        Currency = (request.Currency ?? "USD").ToUpperInvariant(),
        MaxPortfolio = request.MaxPortfolio!.Value,
        CoverageRate = request.CoverageRate!.Value,
        MaxLoanPerBorrower = request.MaxLoanPerBorrower ?? FacilityRules.DefaultMaxLoanPerBorrower,
        EligiblePurposes = (request.EligiblePurposes ?? Enum.GetValues<LoanPurpose>()).Distinct().ToList(),
        EligibleCountries = request.EligibleCountries!.Select(country => country.ToUpperInvariant()).Distinct().ToList(),
        PlacementStart = request.PlacementStart!.Value,
        PlacementEnd = request.PlacementEnd!.Value,
        OriginationFeeRate = request.OriginationFeeRate ?? 0m,
        UtilizationFeeRate = request.UtilizationFeeRate ?? 0m,
        CreatedAt = now,
    };
}

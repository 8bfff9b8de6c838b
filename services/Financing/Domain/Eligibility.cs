using System.Globalization;
using CpPlatform.ServiceDefaults.Http;

namespace CpPlatform.Financing.Domain;

/// <summary>The eligibility rules of DOMAIN.md (financing), evaluated together so the answer explains every one.</summary>
public static class Eligibility
{
    public const string RegisteredAndConsenting = "registered-and-consenting";
    public const string Sme = "sme";
    public const string CountryEligible = "country-eligible";
    public const string PurposeEligible = "purpose-eligible";
    public const string WithinMaxPerBorrower = "within-max-per-borrower";
    public const string WindowOpen = "window-open";
    public const string WithinRemainingCapacity = "within-remaining-capacity";
    public const string BorrowerExposureWithinMax = "borrower-exposure-within-max";

    public static EligibilityAnswer Evaluate(EligibilityQuestion question)
    {
        var facility = question.Facility;
        var country = question.Country.ToUpperInvariant();
        var purpose = KebabCase.Name(question.Purpose);
        var rules = new List<EligibilityRule>();

        // An unknown borrower and one that withheld consent answer alike, and nothing about the borrower follows,
        // so a bank cannot learn from the answer who is in the register.
        var borrower = question.Borrower is { ShareWithBanks: true } known ? known : null;
        rules.Add(borrower is null
            ? new EligibilityRule(RegisteredAndConsenting, false, "The borrower is not found or not consenting to share with banks.")
            : new EligibilityRule(RegisteredAndConsenting, true, "The borrower is registered and consents to share with banks."));
        if (borrower is not null)
        {
            rules.Add(new EligibilityRule(Sme, borrower.IsSme, borrower.IsSme ? "The borrower is an SME." : "The borrower is not an SME."));
        }

        var countryEligible = facility.EligibleCountries.Contains(country);
        rules.Add(new EligibilityRule(CountryEligible, countryEligible, countryEligible
            ? $"{country} is an eligible country."
            : $"{country} is not among the facility's countries ({string.Join(", ", facility.EligibleCountries)})."));

        var purposeEligible = facility.EligiblePurposes.Contains(question.Purpose);
        rules.Add(new EligibilityRule(PurposeEligible, purposeEligible, purposeEligible
            ? $"{purpose} is an eligible purpose."
            : $"{purpose} is not among the facility's purposes ({string.Join(", ", facility.EligiblePurposes.Select(KebabCase.Name))})."));

        var withinMax = question.Amount <= facility.MaxLoanPerBorrower;
        rules.Add(new EligibilityRule(WithinMaxPerBorrower, withinMax,
            $"{Format(question.Amount)} {(withinMax ? "≤" : ">")} the maximum per borrower {Format(facility.MaxLoanPerBorrower)}."));

        var open = facility.IsOpenOn(question.Today);
        rules.Add(new EligibilityRule(WindowOpen, open,
            $"{question.Today:yyyy-MM-dd} is {(open ? "inside" : "outside")} the placement window {facility.PlacementStart:yyyy-MM-dd} to {facility.PlacementEnd:yyyy-MM-dd}."));

        var withinCapacity = question.Amount <= facility.RemainingCapacity;
        rules.Add(new EligibilityRule(WithinRemainingCapacity, withinCapacity,
            $"{Format(question.Amount)} {(withinCapacity ? "≤" : ">")} the remaining capacity {Format(facility.RemainingCapacity)}."));

        if (borrower is not null)
        {
            var exposure = question.BorrowerCovered + question.Amount;
            var withinExposure = exposure <= facility.MaxLoanPerBorrower;
            rules.Add(new EligibilityRule(BorrowerExposureWithinMax, withinExposure,
                $"Already covered {Format(question.BorrowerCovered)} + {Format(question.Amount)} = {Format(exposure)} {(withinExposure ? "≤" : ">")} the maximum per borrower {Format(facility.MaxLoanPerBorrower)}."));
        }

        var eligible = rules.All(rule => rule.Passed);
        return new EligibilityAnswer(eligible, MaxEligibleAmount(question, borrower, rules), facility.GuaranteedAmount(question.Amount), rules);
    }

    /// <summary>The largest amount that would pass: zero when a rule that no amount can fix fails.</summary>
    private static decimal MaxEligibleAmount(EligibilityQuestion question, BorrowerSnapshot? borrower, List<EligibilityRule> rules)
    {
        string[] amountRules = [WithinMaxPerBorrower, WithinRemainingCapacity, BorrowerExposureWithinMax];
        if (borrower is null || rules.Any(rule => !rule.Passed && !amountRules.Contains(rule.Rule)))
        {
            return 0m;
        }
        var facility = question.Facility;
        var largest = Math.Min(facility.MaxLoanPerBorrower - question.BorrowerCovered, facility.RemainingCapacity);
        return Math.Max(0m, largest);
    }

    private static string Format(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);
}

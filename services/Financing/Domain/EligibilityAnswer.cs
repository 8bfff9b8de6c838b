namespace CpPlatform.Financing.Domain;

/// <summary>The verdict, every rule evaluated, the largest amount that would pass and the guaranteed share of the amount asked.</summary>
public sealed record EligibilityAnswer(bool Eligible, decimal MaxEligibleAmount, decimal GuaranteedAmount, IReadOnlyList<EligibilityRule> Rules)
{
    public IReadOnlyList<string> FailedRules => Rules.Where(rule => !rule.Passed).Select(rule => rule.Rule).ToList();
}

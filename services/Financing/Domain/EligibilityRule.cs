namespace CpPlatform.Financing.Domain;

/// <summary>One rule of an eligibility answer: its kebab-case id, whether it passed and why.</summary>
public sealed record EligibilityRule(string Rule, bool Passed, string Detail);

namespace CpPlatform.Assessments.Domain;

/// <summary>What a center states when it recommends an option.</summary>
public sealed record OptionDetails(
    OptionCategory Category, string Description, bool Confidential, decimal Investment, decimal AnnualSavings, OptionReductions Reductions);

namespace CpPlatform.Contracts.Enterprises;

/// <summary>What the enterprise agreed to: publishing its results as a case study, and banks learning its eligibility.</summary>
public sealed record EnterpriseConsents
{
    public required bool PublishResults { get; init; }
    public required bool ShareWithBanks { get; init; }
}

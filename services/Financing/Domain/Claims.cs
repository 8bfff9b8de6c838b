namespace CpPlatform.Financing.Domain;

/// <summary>What the guarantor pays after a default and what comes back to it (DOMAIN.md, financing).</summary>
public static class Claims
{
    /// <summary>
    /// coverage × (outstanding at default − recoveries so far), never below zero and never above the guaranteed amount.
    /// Coverage 50%, 120,000 outstanding, 20,000 recovered → 50,000.
    /// </summary>
    public static decimal Amount(decimal coverageRate, decimal outstandingAtDefault, decimal recoveries, decimal guaranteedAmount) =>
        Math.Min(guaranteedAmount, Money.Cents(coverageRate * Math.Max(0m, outstandingAtDefault - recoveries)));

    /// <summary>
    /// What may still be recovered on a claimed loan: outstanding at default − recoveries reported with the claim −
    /// recoveries recorded since. A recovery above it is refused.
    /// </summary>
    public static decimal Unrecovered(Claim claim, decimal recoveredSince) =>
        Math.Max(0m, claim.OutstandingAtDefault - claim.Recoveries - recoveredSince);

    /// <summary>Recoveries after the claim was paid go back to the guarantor at the same rate.</summary>
    public static decimal RecoveryShare(decimal coverageRate, decimal recovered) => Money.Cents(coverageRate * recovered);
}

namespace CpPlatform.Financing.Domain;

/// <summary>A guarantee facility: one bank's terms for placing loans under a guarantor's partial coverage.</summary>
public sealed class Facility : IBankOwned
{
    public Guid Id { get; init; }
    public string BankId { get; init; } = "";
    public string Guarantor { get; init; } = "";
    public string Currency { get; init; } = "";

    /// <summary>The most principal that may ever be placed under coverage; repayments do not free it.</summary>
    public decimal MaxPortfolio { get; init; }
    public decimal CoverageRate { get; init; }
    public decimal MaxLoanPerBorrower { get; init; }
    public List<LoanPurpose> EligiblePurposes { get; init; } = [];
    public List<string> EligibleCountries { get; init; } = [];
    public DateOnly PlacementStart { get; init; }
    public DateOnly PlacementEnd { get; init; }

    /// <summary>Once, on the guaranteed amount of each loan placed.</summary>
    public decimal OriginationFeeRate { get; init; }

    /// <summary>Yearly, on the guaranteed share of the outstanding principal.</summary>
    public decimal UtilizationFeeRate { get; init; }

    /// <summary>The principal placed so far; it grows only while the facility's row is locked.</summary>
    public decimal PlacedPrincipal { get; private set; }
    public DateTimeOffset CreatedAt { get; init; }

    public decimal RemainingCapacity => Math.Max(0m, MaxPortfolio - PlacedPrincipal);

    /// <summary>Both ends of the window are placement days.</summary>
    public bool IsOpenOn(DateOnly day) => day >= PlacementStart && day <= PlacementEnd;

    public decimal GuaranteedAmount(decimal principal) => Money.Cents(CoverageRate * principal);

    public void Place(decimal principal)
    {
        if (principal > RemainingCapacity)
        {
            throw new InvalidOperationException($"Placing {principal} would exceed the remaining capacity {RemainingCapacity}.");
        }
        PlacedPrincipal += principal;
    }
}

namespace CpPlatform.Financing.Domain;

/// <summary>A loan's status as its bank last reported it.</summary>
public enum LoanStatus
{
    Current,
    Repaid,
    Defaulted,
}

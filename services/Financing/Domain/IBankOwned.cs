namespace CpPlatform.Financing.Domain;

/// <summary>A row that belongs to one partner bank: a bank's clients only ever see their own bank's rows.</summary>
public interface IBankOwned
{
    string BankId { get; }
}

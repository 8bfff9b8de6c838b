using CpPlatform.Financing.Domain;

namespace CpPlatform.Financing.Apis;

/// <summary><c>id</c> is the bank id its system's token carries (<c>cp_bank</c>), e.g. <c>banco-norte</c>.</summary>
public sealed record BankRequest(string? Id, string? Name, string? Country);

public sealed record BankResponse(string Id, string Name, string Country, DateTimeOffset RegisteredAt)
{
    public static BankResponse From(Bank bank) => new(bank.Id, bank.Name, bank.Country, bank.RegisteredAt);
}

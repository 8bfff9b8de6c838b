namespace CpPlatform.Financing.Domain;

/// <summary>A partner bank; its id is the <c>cp_bank</c> claim of its system's token.</summary>
public sealed class Bank
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string Country { get; init; } = "";
    public DateTimeOffset RegisteredAt { get; init; }
}

namespace CpPlatform.Financing.Domain;

internal static class Money
{
    /// <summary>Shares of money (coverage × amount, fee rate × amount) are settled in cents.</summary>
    public static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}

namespace CpPlatform.Training.Domain;

/// <summary>
/// What a course fee may hold: it is stored as numeric(18,2) and keeps the platform's money ceiling,
/// 9,999,999,999,999.99 (the same as financing; the column itself would hold up to 9,999,999,999,999,999.99).
/// More decimals than the column keeps are refused, never rounded; negatives are refused.
/// </summary>
public static class Amounts
{
    /// <summary>The smallest positive amount: one cent.</summary>
    public const decimal MinMoney = 0.01m;

    /// <summary>The platform's money ceiling, within what numeric(18,2) holds.</summary>
    public const decimal MaxMoney = 9_999_999_999_999.99m;

    public const int MoneyDecimals = 2;

    public static bool HasAtMostDecimals(decimal value, int decimals) => Math.Round(value, decimals) == value;

    /// <summary>A positive amount of whole cents: 0.01 to 9,999,999,999,999.99.</summary>
    public static bool IsMoney(decimal value) => value is >= MinMoney and <= MaxMoney && HasAtMostDecimals(value, MoneyDecimals);

    /// <summary>Zero or a positive amount of whole cents.</summary>
    public static bool IsMoneyOrZero(decimal value) => value == 0m || IsMoney(value);

    public const string MoneyRule = "0.01 to 9,999,999,999,999.99 with at most 2 decimals";

    public const string MoneyOrZeroRule = "0 or 0.01 to 9,999,999,999,999.99 with at most 2 decimals";
}

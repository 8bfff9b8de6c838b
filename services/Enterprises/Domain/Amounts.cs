namespace CpPlatform.Enterprises.Domain;

/// <summary>
/// What every money and quantity field may hold, so nothing overflows its column or is rounded on the way in.
/// Money (annual sales, the SME sales ceiling) is stored as numeric(18,2) and keeps the platform's money ceiling,
/// 9,999,999,999,999.99 (the same as financing; the column itself would hold up to 9,999,999,999,999,999.99).
/// Baseline quantities and output are stored as numeric(20,4): up to 9,999,999,999,999,999.9999.
/// More decimals than the column keeps are refused, never rounded; negatives are refused.
/// </summary>
public static class Amounts
{
    /// <summary>The smallest positive amount: one cent.</summary>
    public const decimal MinMoney = 0.01m;

    /// <summary>The platform's money ceiling, within what numeric(18,2) holds.</summary>
    public const decimal MaxMoney = 9_999_999_999_999.99m;

    public const int MoneyDecimals = 2;

    /// <summary>The smallest positive quantity numeric(20,4) keeps.</summary>
    public const decimal MinQuantity = 0.0001m;

    /// <summary>The largest quantity numeric(20,4) holds.</summary>
    public const decimal MaxQuantity = 9_999_999_999_999_999.9999m;

    public const int QuantityDecimals = 4;

    public static bool HasAtMostDecimals(decimal value, int decimals) => Math.Round(value, decimals) == value;

    /// <summary>A positive amount of whole cents: 0.01 to 9,999,999,999,999.99.</summary>
    public static bool IsMoney(decimal value) => value is >= MinMoney and <= MaxMoney && HasAtMostDecimals(value, MoneyDecimals);

    /// <summary>Zero or a positive amount of whole cents.</summary>
    public static bool IsMoneyOrZero(decimal value) => value == 0m || IsMoney(value);

    /// <summary>A positive quantity with at most 4 decimals: 0.0001 to 9,999,999,999,999,999.9999.</summary>
    public static bool IsQuantity(decimal value) => value is >= MinQuantity and <= MaxQuantity && HasAtMostDecimals(value, QuantityDecimals);

    /// <summary>Zero or a positive quantity with at most 4 decimals.</summary>
    public static bool IsQuantityOrZero(decimal value) => value == 0m || IsQuantity(value);

    public const string MoneyRule = "0.01 to 9,999,999,999,999.99 with at most 2 decimals";

    public const string MoneyOrZeroRule = "0 or 0.01 to 9,999,999,999,999.99 with at most 2 decimals";

    public const string QuantityRule = "0.0001 to 9,999,999,999,999,999.9999 with at most 4 decimals";

    public const string QuantityOrZeroRule = "0 or 0.0001 to 9,999,999,999,999,999.9999 with at most 4 decimals";
}

namespace CpPlatform.ServiceDefaults.Http;

/// <summary>
/// What every money, quantity and rate field of the platform may hold, so nothing overflows its column or is rounded
/// on the way in (more decimals than the column keeps are refused, never rounded; negatives are refused). Money is
/// stored as numeric(18,2) and keeps the platform's money ceiling, 9,999,999,999,999.99 (the column itself would hold
/// up to 9,999,999,999,999,999.99); quantities as numeric(20,4); rates as numeric(7,6).
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

    public const int RateDecimals = 6;

    public const string MoneyRule = "0.01 to 9,999,999,999,999.99 with at most 2 decimals";
    public const string MoneyOrZeroRule = "0 or 0.01 to 9,999,999,999,999.99 with at most 2 decimals";
    public const string QuantityRule = "0.0001 to 9,999,999,999,999,999.9999 with at most 4 decimals";
    public const string QuantityOrZeroRule = "0 or 0.0001 to 9,999,999,999,999,999.9999 with at most 4 decimals";

    public static bool HasAtMostDecimals(decimal value, int decimals) => Math.Round(value, decimals) == value;

    /// <summary>A positive amount of whole cents: 0.01 to 9,999,999,999,999.99.</summary>
    public static bool IsMoney(decimal value) => value is >= MinMoney and <= MaxMoney && HasAtMostDecimals(value, MoneyDecimals);

    /// <summary>Zero or a positive amount of whole cents (an outstanding principal, recoveries so far, a free course).</summary>
    public static bool IsMoneyOrZero(decimal value) => value == 0m || IsMoney(value);

    /// <summary>A positive quantity with at most 4 decimals: 0.0001 to 9,999,999,999,999,999.9999.</summary>
    public static bool IsQuantity(decimal value) => value is >= MinQuantity and <= MaxQuantity && HasAtMostDecimals(value, QuantityDecimals);

    /// <summary>Zero or a positive quantity with at most 4 decimals.</summary>
    public static bool IsQuantityOrZero(decimal value) => value == 0m || IsQuantity(value);

    /// <summary>A fraction with at most six decimals in [<paramref name="min"/>, <paramref name="max"/>] (exclusive ends when asked).</summary>
    public static bool IsRate(decimal value, decimal min, bool minExclusive, decimal max, bool maxExclusive) =>
        (minExclusive ? value > min : value >= min) && (maxExclusive ? value < max : value <= max) && HasAtMostDecimals(value, RateDecimals);
}

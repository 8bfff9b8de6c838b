namespace CpPlatform.Financing.Domain;

/// <summary>
/// What every money and rate field may hold: the range its column (numeric(18,2) for money, numeric(7,6) for rates)
/// can store, so nothing is rounded or overflows on the way in. More decimals than the column keeps are refused,
/// never rounded.
/// </summary>
public static class Amounts
{
    /// <summary>The smallest positive amount: one cent.</summary>
    public const decimal MinMoney = 0.01m;

    /// <summary>The largest amount numeric(18,2) holds.</summary>
    public const decimal MaxMoney = 9_999_999_999_999.99m;

    public const int MoneyDecimals = 2;

    public const int RateDecimals = 6;

    public static bool HasAtMostDecimals(decimal value, int decimals) => Math.Round(value, decimals) == value;

    /// <summary>A positive amount of whole cents: 0.01 to 9,999,999,999,999.99.</summary>
    public static bool IsMoney(decimal value) => value is >= MinMoney and <= MaxMoney && HasAtMostDecimals(value, MoneyDecimals);

    /// <summary>Zero or a positive amount of whole cents (outstanding principal, recoveries so far).</summary>
    public static bool IsMoneyOrZero(decimal value) => value == 0m || IsMoney(value);

    /// <summary>A fraction with at most six decimals in [<paramref name="min"/>, <paramref name="max"/>] (exclusive ends when asked).</summary>
    public static bool IsRate(decimal value, decimal min, bool minExclusive, decimal max, bool maxExclusive) =>
        (minExclusive ? value > min : value >= min) && (maxExclusive ? value < max : value <= max) && HasAtMostDecimals(value, RateDecimals);

    public const string MoneyRule = "0.01 to 9,999,999,999,999.99 with at most 2 decimals";

    public const string MoneyOrZeroRule = "0 or 0.01 to 9,999,999,999,999.99 with at most 2 decimals";
}

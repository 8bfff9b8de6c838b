using CpPlatform.Financing.Domain;
using CpPlatform.ServiceDefaults.Http;

namespace CpPlatform.Financing.Apis;

/// <summary>The one place request amounts and rates are checked against <see cref="Amounts"/>; each error names the rule.</summary>
internal static class AmountValidation
{
    /// <summary>Required (unless <paramref name="optional"/>) positive money.</summary>
    public static void Money(this ValidationErrors errors, decimal? value, string field, bool optional = false) =>
        errors.Check(value is { } amount ? Amounts.IsMoney(amount) : optional, field,
            $"{(optional ? "When given" : "Required")}: {Amounts.MoneyRule}.");

    /// <summary>Zero or positive money, required unless <paramref name="optional"/>.</summary>
    public static void MoneyOrZero(this ValidationErrors errors, decimal? value, string field, bool optional = false) =>
        errors.Check(value is { } amount ? Amounts.IsMoneyOrZero(amount) : optional, field,
            $"{(optional ? "When given" : "Required")}: {Amounts.MoneyOrZeroRule}.");

    /// <summary>A fraction with at most 6 decimals within the given bounds.</summary>
    public static void Rate(this ValidationErrors errors, decimal? value, string field, string range, decimal min, bool minExclusive, decimal max, bool maxExclusive,
        bool optional = false) =>
        errors.Check(value is { } rate ? Amounts.IsRate(rate, min, minExclusive, max, maxExclusive) : optional, field,
            $"{(optional ? "When given" : "Required")}: a fraction {range}, with at most {Amounts.RateDecimals} decimals.");
}

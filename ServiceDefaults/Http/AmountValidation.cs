namespace CpPlatform.ServiceDefaults.Http;

/// <summary>The one place request amounts, quantities and rates are checked against <see cref="Amounts"/>; each error names the rule.</summary>
public static class AmountValidation
{
    /// <summary>Positive money, required unless <paramref name="optional"/>.</summary>
    public static void Money(this ValidationErrors errors, decimal? value, string field, bool optional = false) =>
        errors.Check(value is { } amount ? Amounts.IsMoney(amount) : optional, field, Rule(optional, Amounts.MoneyRule));

    /// <summary>Zero or positive money, required unless <paramref name="optional"/>.</summary>
    public static void MoneyOrZero(this ValidationErrors errors, decimal? value, string field, bool optional = false) =>
        errors.Check(value is { } amount ? Amounts.IsMoneyOrZero(amount) : optional, field, Rule(optional, Amounts.MoneyOrZeroRule));

    /// <summary>A positive quantity, required unless <paramref name="optional"/>.</summary>
    public static void Quantity(this ValidationErrors errors, decimal? value, string field, bool optional = false) =>
        errors.Check(value is { } quantity ? Amounts.IsQuantity(quantity) : optional, field, Rule(optional, Amounts.QuantityRule));

    /// <summary>Zero or a positive quantity, required unless <paramref name="optional"/>.</summary>
    public static void QuantityOrZero(this ValidationErrors errors, decimal? value, string field, bool optional = false) =>
        errors.Check(value is { } quantity ? Amounts.IsQuantityOrZero(quantity) : optional, field, Rule(optional, Amounts.QuantityOrZeroRule));

    /// <summary>A fraction with at most 6 decimals within the given bounds, described by <paramref name="range"/>.</summary>
    public static void Rate(this ValidationErrors errors, decimal? value, string field, string range, decimal min, bool minExclusive, decimal max, bool maxExclusive,
        bool optional = false) =>
        errors.Check(value is { } rate ? Amounts.IsRate(rate, min, minExclusive, max, maxExclusive) : optional, field,
            Rule(optional, $"a fraction {range}, with at most {Amounts.RateDecimals} decimals"));

    private static string Rule(bool optional, string rule) => $"{(optional ? "When given" : "Required")}: {rule}.";
}

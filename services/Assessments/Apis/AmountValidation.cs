using CpPlatform.Assessments.Domain;
using CpPlatform.ServiceDefaults.Http;

namespace CpPlatform.Assessments.Apis;

/// <summary>The one place request amounts and quantities are checked against <see cref="Amounts"/>; each error names the rule.</summary>
internal static class AmountValidation
{
    /// <summary>Zero or positive money, required unless <paramref name="optional"/>.</summary>
    public static void MoneyOrZero(this ValidationErrors errors, decimal? value, string field, bool optional = false) =>
        errors.Check(value is { } amount ? Amounts.IsMoneyOrZero(amount) : optional, field,
            $"{(optional ? "When given" : "Required")}: {Amounts.MoneyOrZeroRule}.");

    /// <summary>A positive quantity, required unless <paramref name="optional"/>.</summary>
    public static void Quantity(this ValidationErrors errors, decimal? value, string field, bool optional = false) =>
        errors.Check(value is { } quantity ? Amounts.IsQuantity(quantity) : optional, field,
            $"{(optional ? "When given" : "Required")}: {Amounts.QuantityRule}.");

    /// <summary>Zero or a positive quantity, required unless <paramref name="optional"/>.</summary>
    public static void QuantityOrZero(this ValidationErrors errors, decimal? value, string field, bool optional = false) =>
        errors.Check(value is { } quantity ? Amounts.IsQuantityOrZero(quantity) : optional, field,
            $"{(optional ? "When given" : "Required")}: {Amounts.QuantityOrZeroRule}.");
}

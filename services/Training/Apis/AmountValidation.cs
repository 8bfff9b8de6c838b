using CpPlatform.ServiceDefaults.Http;
using CpPlatform.Training.Domain;

namespace CpPlatform.Training.Apis;

/// <summary>The one place request amounts are checked against <see cref="Amounts"/>; each error names the rule.</summary>
internal static class AmountValidation
{
    /// <summary>Zero or positive money, required unless <paramref name="optional"/>.</summary>
    public static void MoneyOrZero(this ValidationErrors errors, decimal? value, string field, bool optional = false) =>
        errors.Check(value is { } amount ? Amounts.IsMoneyOrZero(amount) : optional, field,
            $"{(optional ? "When given" : "Required")}: {Amounts.MoneyOrZeroRule}.");
}

using System.Text.RegularExpressions;
using CpPlatform.Enterprises.Domain;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Time;

namespace CpPlatform.Enterprises.Apis;

/// <summary>Size thresholds as the API shows them; each is an exclusive upper bound.</summary>
public sealed record SizeRuleDto(int MicroBelowEmployees, int SmallBelowEmployees, int MediumBelowEmployees, decimal SmeBelowAnnualSalesUsd)
{
    public static SizeRuleDto From(SizeRule rule) =>
        new(rule.MicroBelowEmployees, rule.SmallBelowEmployees, rule.MediumBelowEmployees, rule.SmeBelowAnnualSalesUsd);

    public SizeRule ToRule() => new(MicroBelowEmployees, SmallBelowEmployees, MediumBelowEmployees, SmeBelowAnnualSalesUsd);
}

/// <summary><c>timeZone</c> is an IANA id (<c>America/Chihuahua</c>); without it, the country's main zone.</summary>
public sealed record CreateCenterRequest(
    string? Id, string? Name, string? Country, IReadOnlyList<string>? Regions = null, string? ReportingCurrency = null, SizeRuleDto? SizeRule = null,
    string? TimeZone = null);

public sealed record UpdateCenterRequest(
    string? Name, string? Country, IReadOnlyList<string>? Regions = null, string? ReportingCurrency = null, SizeRuleDto? SizeRule = null,
    string? TimeZone = null);

public sealed record CenterResponse(
    string Id, string Name, string Country, IReadOnlyList<string> Regions, string ReportingCurrency, SizeRuleDto SizeRule, string TimeZone)
{
    public static CenterResponse From(Center center) =>
        new(center.Id, center.Name, center.Country, center.Regions, center.ReportingCurrency, SizeRuleDto.From(center.SizeRule), center.TimeZone);
}

/// <summary>The validated content of a create or update request.</summary>
internal sealed record CenterFields(string Name, string Country, List<string> Regions, string ReportingCurrency, SizeRule SizeRule, string TimeZone);

internal static partial class CenterValidation
{
    /// <summary>The states or regions a center serves: Mexico has 32 states, so 100 leaves room for finer regions.</summary>
    public static readonly CollectionRule Regions = new(0, 100, "regions");

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();

    public static void CheckId(string? id, ValidationErrors errors)
    {
        if (errors.Check(!string.IsNullOrWhiteSpace(id), "id", "Required."))
        {
            errors.Check(id!.Length <= 64 && Slug().IsMatch(id), "id",
                "Must be a lower-case slug of letters, digits and single hyphens (e.g. mx-chihuahua), at most 64 characters.");
        }
    }

    public static CenterFields Fields(
        string? name, string? country, IReadOnlyList<string>? regions, string? currency, SizeRuleDto? sizeRule, string? timeZone, ValidationErrors errors)
    {
        if (errors.Check(!string.IsNullOrWhiteSpace(name), "name", "Required."))
        {
            errors.Check(name!.Trim().Length <= 200, "name", "At most 200 characters.");
        }
        var countryCode = country?.Trim().ToUpperInvariant();
        errors.Check(CountryCodes.IsAssigned(countryCode), "country", "Must be an ISO 3166-1 alpha-2 country code (e.g. MX).");
        errors.Collection(regions, "regions", Regions, region => Text.IsPresent(region, 100), "1 to 100 characters.",
            duplicateKey: region => region.Trim().ToUpperInvariant(), optional: true);
        var cleanRegions = (regions ?? []).Select(region => region?.Trim() ?? "").ToList();
        var currencyCode = string.IsNullOrWhiteSpace(currency) ? "USD" : currency.Trim().ToUpperInvariant();
        errors.Check(CurrencyCode().IsMatch(currencyCode), "reportingCurrency", "Must be an ISO 4217 currency code (e.g. USD).");
        var rule = sizeRule?.ToRule() ?? SizeRule.Default;
        foreach (var (field, message) in rule.Problems())
        {
            errors.Add($"sizeRule.{field}", message);
        }
        var zone = TimeZoneOf(timeZone, countryCode, errors);
        return new CenterFields(name?.Trim() ?? "", countryCode ?? "", cleanRegions, currencyCode, rule, zone ?? "");
    }

    /// <summary>The zone asked for, else the country's main one.</summary>
    private static string? TimeZoneOf(string? timeZone, string? countryCode, ValidationErrors errors)
    {
        if (!string.IsNullOrWhiteSpace(timeZone))
        {
            var id = timeZone.Trim();
            return errors.Check(TimeZones.IsIanaId(id), "timeZone", "Must be an IANA time zone id such as America/Mexico_City or America/Lima.") ? id : null;
        }
        if (!CountryCodes.IsAssigned(countryCode))
        {
            return null;
        }
        var main = CountryTimeZones.MainZoneOf(countryCode!);
        errors.Check(main is not null, "timeZone", $"Required for {countryCode}, which has no default zone here: an IANA time zone id such as Europe/Paris.");
        return main;
    }
}

using System.Net.Mail;
using CpPlatform.Enterprises.Domain;
using CpPlatform.ServiceDefaults.Http;

namespace CpPlatform.Enterprises.Apis;

/// <summary>Checks request bodies field by field, so a problem response names every broken rule at once.</summary>
internal static class EnterpriseValidation
{
    public static readonly CollectionRule Contacts = new(0, 20, "contacts");

    public static EnterpriseDetails Details(EnterpriseRequest request, ValidationErrors errors)
    {
        Text(request.LegalName, "legalName", 300, required: true, errors);
        if (Text(request.TaxId, "taxId", 40, required: true, errors))
        {
            var normalized = TaxId.Normalize(request.TaxId!);
            errors.Check(normalized.Length >= 3 && normalized.All(char.IsAsciiLetterOrDigit), "taxId",
                "Must have at least 3 letters or digits once spaces, dots and hyphens are removed.");
        }
        var country = request.Country?.Trim().ToUpperInvariant();
        errors.Check(CountryCodes.IsAssigned(country), "country", "Must be an ISO 3166-1 alpha-2 country code (e.g. MX).");
        Text(request.State, "state", 100, required: true, errors);
        Text(request.Municipality, "municipality", 100, required: true, errors);
        Text(request.Watershed, "watershed", 100, required: false, errors);
        errors.Check(request.Sector is not null, "sector", $"Required; one of: {KebabCase.AllowedValues<Sector>()}.");
        Text(request.Subsector, "subsector", 100, required: false, errors);
        if (errors.Check(request.Employees is not null, "employees", "Required."))
        {
            errors.Check(request.Employees is >= 0 and <= 10_000_000, "employees", "Must be between 0 and 10,000,000.");
        }
        errors.MoneyOrZero(request.AnnualSalesUsd, "annualSalesUsd");

        errors.Collection(request.Contacts, "contacts", Contacts, (contact, path) =>
        {
            Text(contact.Name, $"{path}.name", 200, required: true, errors);
            Text(contact.Role, $"{path}.role", 100, required: false, errors);
            if (Text(contact.Email, $"{path}.email", 254, required: false, errors) && !string.IsNullOrWhiteSpace(contact.Email))
            {
                errors.Check(MailAddress.TryCreate(contact.Email.Trim(), out var address) && address.Address == contact.Email.Trim(),
                    $"{path}.email", "Must be an e-mail address.");
            }
            Text(contact.Phone, $"{path}.phone", 40, required: false, errors);
        }, optional: true);

        return new EnterpriseDetails(
            request.LegalName ?? "",
            request.TaxId ?? "",
            country ?? "",
            request.State ?? "",
            request.Municipality ?? "",
            request.Watershed,
            request.Sector ?? Sector.Other,
            request.Subsector,
            request.Employees ?? 0,
            request.AnnualSalesUsd ?? 0,
            (request.Contacts ?? []).Where(contact => contact is not null)
                .Select(contact => new Contact(contact.Name?.Trim() ?? "", Trimmed(contact.Role), Trimmed(contact.Email), Trimmed(contact.Phone)))
                .ToList(),
            request.Consents?.PublishResults ?? false,
            request.Consents?.ShareWithBanks ?? false);
    }

    /// <summary>A baseline is measured: its period has ended by <paramref name="today"/> at the center.</summary>
    public static BaselineReadings Readings(BaselineRequest request, DateOnly today, ValidationErrors errors)
    {
        errors.PastDay(request.PeriodStart, "periodStart", today);
        errors.PastDay(request.PeriodEnd, "periodEnd", today);
        errors.EndDay(request.PeriodStart, request.PeriodEnd, "periodEnd", "periodStart", Dates.LongestReadingPeriod, mustFollow: true, optional: true);
        Quantity(request.EnergyKwh, "energyKwh", errors);
        Quantity(request.WaterM3, "waterM3", errors);
        Quantity(request.MaterialsT, "materialsT", errors);
        Quantity(request.WasteT, "wasteT", errors);
        Quantity(request.HazardousWasteT, "hazardousWasteT", errors);
        Quantity(request.WastewaterM3, "wastewaterM3", errors);
        Quantity(request.EmissionsTco2e, "emissionsTco2e", errors);
        if (errors.Check(request.Output is not null, "output", "Required: { quantity, unit }."))
        {
            errors.Check(request.Output!.Quantity is { } output && Amounts.IsQuantity(output), "output.quantity",
                $"Required: {Amounts.QuantityRule} (more than 0: indicators are per unit of output).");
            Text(request.Output.Unit, "output.unit", 40, required: true, errors);
        }

        return new BaselineReadings(
            request.PeriodStart ?? default,
            request.PeriodEnd ?? default,
            request.EnergyKwh ?? 0,
            request.WaterM3 ?? 0,
            request.MaterialsT ?? 0,
            request.WasteT ?? 0,
            request.HazardousWasteT ?? 0,
            request.WastewaterM3 ?? 0,
            request.EmissionsTco2e ?? 0,
            new ProductionOutput(request.Output?.Quantity ?? 0, request.Output?.Unit?.Trim() ?? ""));
    }

    /// <summary>A missing quantity means the plant did not report it; a negative, too large or too precise one is a mistake.</summary>
    private static void Quantity(decimal? value, string field, ValidationErrors errors) => errors.QuantityOrZero(value, field, optional: true);

    private static bool Text(string? value, string field, int maxLength, bool required, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return errors.Check(!required, field, "Required.");
        }
        return errors.Check(value.Trim().Length <= maxLength, field, $"At most {maxLength} characters.");
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

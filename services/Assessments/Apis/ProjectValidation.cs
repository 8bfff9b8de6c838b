using CpPlatform.Assessments.Domain;
using CpPlatform.ServiceDefaults.Http;

namespace CpPlatform.Assessments.Apis;

internal static class ProjectValidation
{
    /// <summary>The consultants party to a project's agreement, each once: a project is scored per consultant.</summary>
    public static readonly CollectionRule AssignedConsultants = new(0, 10, "consultants");

    public static List<Consultant> Consultants(IReadOnlyList<ConsultantDto>? consultants, ValidationErrors errors)
    {
        errors.Collection(consultants, "consultants", AssignedConsultants, (consultant, path) =>
        {
            errors.Check(Text.IsPresent(consultant.Name, 200), $"{path}.name", "Required, at most 200 characters.");
            errors.Check(Text.IsPresent(consultant.Email, 254) && consultant.Email!.Contains('@'), $"{path}.email", "Must be an e-mail address.");
        }, duplicateKey: consultant => Text.TrimmedOrNull(consultant.Email)?.ToLowerInvariant(), optional: true);
        // Built only when everything so far is valid: on any error the caller answers 400 without using it.
        return errors.Any
            ? []
            : [.. (consultants ?? []).Select(consultant => new Consultant(consultant.Name!.Trim(), consultant.Email!.Trim().ToLowerInvariant()))];
    }

    public static OptionDetails Option(OptionRequest request, ValidationErrors errors)
    {
        errors.Check(request.Category is not null, "category", $"Required, one of: {KebabCase.AllowedValues<OptionCategory>()}.");
        errors.Check(Text.IsPresent(request.Description, 4000), "description", "Required, at most 4000 characters.");
        errors.MoneyOrZero(request.Investment, "investment");
        errors.MoneyOrZero(request.AnnualSavings, "annualSavings");
        var r = request.Reductions ?? new ReductionsDto(null, null, null, null, null, null);
        var reductions = new OptionReductions(
            Reduction(r.EnergyKwh, "energyKwh", errors), Reduction(r.WaterM3, "waterM3", errors), Reduction(r.MaterialsT, "materialsT", errors),
            Reduction(r.WasteT, "wasteT", errors), Reduction(r.HazardousWasteT, "hazardousWasteT", errors),
            Reduction(r.EmissionsTco2e, "emissionsTco2e", errors));
        return new OptionDetails(request.Category ?? default, request.Description?.Trim() ?? "", request.Confidential ?? false,
            request.Investment ?? 0, request.AnnualSavings ?? 0, reductions);
    }

    /// <summary>A measurement is of a period that has ended by <paramref name="today"/> at the center, at most 5 years long.</summary>
    public static Measurement Measurement(MeasurementRequest request, DateOnly today, ValidationErrors errors)
    {
        errors.PastDay(request.PeriodStart, "periodStart", today);
        errors.PastDay(request.PeriodEnd, "periodEnd", today);
        errors.EndDay(request.PeriodStart, request.PeriodEnd, "periodEnd", "periodStart", Dates.LongestReadingPeriod, optional: true);
        errors.Check(request.Output?.Quantity is { } output && Amounts.IsQuantity(output), "output.quantity",
            $"Required: {Amounts.QuantityRule} (more than 0: reductions are compared at equal output).");
        errors.Check(Text.IsPresent(request.Output?.Unit, 40), "output.unit", "Required, at most 40 characters.");
        return new Measurement(
            request.PeriodStart ?? default, request.PeriodEnd ?? default,
            Quantity(request.EnergyKwh, "energyKwh", errors), Quantity(request.WaterM3, "waterM3", errors),
            Quantity(request.MaterialsT, "materialsT", errors), Quantity(request.WasteT, "wasteT", errors),
            Quantity(request.HazardousWasteT, "hazardousWasteT", errors), Quantity(request.WastewaterM3, "wastewaterM3", errors),
            Quantity(request.EmissionsTco2e, "emissionsTco2e", errors),
            request.Output?.Quantity ?? 0, request.Output?.Unit?.Trim() ?? "");
    }

    private static decimal Reduction(decimal? value, string field, ValidationErrors errors)
    {
        errors.QuantityOrZero(value, $"reductions.{field}", optional: true);
        return value ?? 0;
    }

    private static decimal Quantity(decimal? value, string field, ValidationErrors errors)
    {
        errors.QuantityOrZero(value, field);
        return value ?? 0;
    }
}

using CpPlatform.Monitoring.Domain;
using CpPlatform.ServiceDefaults.Http;

namespace CpPlatform.Monitoring.Apis;

internal static class IndicatorValidation
{
    /// <summary>Targets for the program, each center and each year, and each center in each year of a long program.</summary>
    public static readonly CollectionRule Targets = new(0, 600, "targets");

    /// <summary>Filter values, each once: at most every value a measure allows.</summary>
    public static readonly CollectionRule FilterValues = new(0, 20, "values");

    public static ValidationErrors Validate(IndicatorRequest request, FundedProgram program)
    {
        var errors = new ValidationErrors();
        errors.Check(request.Level is not null, "level", $"Required, one of: {KebabCase.AllowedValues<IndicatorLevel>()}.");
        errors.Check(Text.IsPresent(request.Ref, 20), "ref", "Required: the logframe's reference (C2, A1.3), at most 20 characters.");
        errors.Check(Text.IsPresent(request.Title, 300), "title", "Required, at most 300 characters.");
        var measure = Measures.Find(request.Measure);
        errors.Check(measure is not null, "measure", $"Required, one of: {Measures.Ids}.");
        if (measure is not null)
        {
            CheckFilter(errors, request.Filter?.Kinds, "filter.kinds", "kinds", measure, measure.Kinds);
            CheckFilter(errors, request.Filter?.Categories, "filter.categories", "categories", measure, measure.Categories);
        }
        var centers = string.Join(", ", program.CenterIds);
        var years = program.Years.ToHashSet();
        errors.Collection(request.Targets, "targets", Targets, (target, path) =>
            {
                errors.Check(target.CenterId is null || program.CenterIds.Contains(target.CenterId), $"{path}.centerId",
                    $"When given: one of the program's centers ({centers}).");
                errors.Check(target.Year is not { } year || years.Contains(year), $"{path}.year",
                    $"When given: a year of the program ({program.StartsOn.Year} to {program.EndsOn.Year}).");
                errors.Quantity(target.Value, $"{path}.value");
            },
            duplicateKey: target => $"{target.CenterId}|{target.Year}");
        errors.Check(Text.IsAbsentOrFits(request.MeansOfVerification, 1000), "meansOfVerification", "At most 1000 characters.");
        return errors;
    }

    public static IndicatorDetails ToDetails(IndicatorRequest request) => new(
        request.Level!.Value,
        request.Ref!.Trim(),
        request.Title!.Trim(),
        request.Measure!,
        request.Filter?.Kinds ?? [],
        request.Filter?.Categories ?? [],
        request.Targets!.Select(target => new IndicatorTarget(target.CenterId, target.Year, target.Value!.Value)).ToList(),
        Text.TrimmedOrNull(request.MeansOfVerification));

    private static void CheckFilter(ValidationErrors errors, List<string>? values, string field, string name, Measure measure, IReadOnlyList<string>? allowed)
    {
        if (allowed is null)
        {
            errors.Check(values is null or { Count: 0 }, field, $"The measure {measure.Id} takes no {name} filter.");
            return;
        }
        errors.Collection(values, field, FilterValues, allowed.Contains, $"One of: {string.Join(", ", allowed)}.", duplicateKey: value => value, optional: true);
    }
}

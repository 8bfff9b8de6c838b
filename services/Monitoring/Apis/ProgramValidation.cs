using CpPlatform.ServiceDefaults.Http;

namespace CpPlatform.Monitoring.Apis;

internal static class ProgramValidation
{
    /// <summary>The centers a program judges: each once.</summary>
    public static readonly CollectionRule Centers = new(1, 50, "centers");

    /// <summary>Donors fund programs of a few years; ten is more than any has run.</summary>
    public static readonly DateLength LongestProgram = DateLength.OfYears(10);

    public const int MaxSlug = 64;

    public static ValidationErrors Validate(ProgramRequest request, DateOnly today)
    {
        var errors = new ValidationErrors();
        errors.Check(Text.IsPresent(request.Code, 40), "code", "Required, at most 40 characters.");
        errors.Check(Text.IsPresent(request.Title, 300), "title", "Required, at most 300 characters.");
        errors.Check(Text.IsSlug(request.Donor, MaxSlug), "donor", "Required: the donor's id, kebab-case (idb), at most 64 characters.");
        errors.PlannedDay(request.StartsOn, "startsOn", today);
        errors.EndDay(request.StartsOn, request.EndsOn, "endsOn", "startsOn", LongestProgram, mustFollow: true);
        errors.Collection(request.CenterIds, "centerIds", Centers, center => Text.IsSlug(center, MaxSlug),
            "A center id such as mx-chihuahua (kebab-case, at most 64 characters).", duplicateKey: center => center);
        return errors;
    }
}

using CpPlatform.ServiceDefaults.Http;
using CpPlatform.Training.Domain;

namespace CpPlatform.Training.Apis;

internal static class CourseValidation
{
    public const int MaxModules = 50;

    public static ValidationErrors Validate(CourseRequest request)
    {
        var errors = new ValidationErrors();
        errors.Check(Text.IsPresent(request.Code, 40), "code", "Required, at most 40 characters.");
        errors.Check(Text.IsPresent(request.Title, 200), "title", "Required, at most 200 characters.");
        errors.Check(request.Audiences is { Count: > 0 }, "audiences", $"Required: one or more of {KebabCase.AllowedValues<ParticipantCategory>()}.");
        errors.MoneyOrZero(request.Fee, "fee", optional: true);
        errors.Check(request.Currency is null || (request.Currency.Length == 3 && request.Currency.All(char.IsAsciiLetter)),
            "currency", "An ISO 4217 code such as USD.");
        if (!errors.Check(request.Modules is { Count: > 0 and <= MaxModules }, "modules", $"Required: 1 to {MaxModules} modules."))
        {
            return errors;
        }
        for (var i = 0; i < request.Modules!.Count; i++)
        {
            var module = request.Modules[i];
            errors.Check(Text.IsPresent(module.Title, 200), $"modules[{i}].title", "Required, at most 200 characters.");
            errors.Check(module.Topic is not null, $"modules[{i}].topic", $"Required, one of: {KebabCase.AllowedValues<Topic>()}.");
            errors.Check(module.Days is >= 1 and <= 60, $"modules[{i}].days", "Required, 1 to 60.");
            errors.Check(module.Phase is null or >= 1 and <= 10, $"modules[{i}].phase", "1 to 10 when given.");
        }
        return errors;
    }

    public static Course ToCourse(CourseRequest request, string centerId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        CenterId = centerId,
        Code = request.Code!.Trim(),
        Title = request.Title!.Trim(),
        Audiences = [.. request.Audiences!.Distinct()],
        Fee = request.Fee ?? 0m,
        Currency = (request.Currency ?? "USD").ToUpperInvariant(),
        Modules = [.. request.Modules!.Select((module, i) => new CourseModule(i + 1, module.Title!.Trim(), module.Topic!.Value, module.Days!.Value, module.Phase ?? 1))],
        PublishedAt = now,
    };
}

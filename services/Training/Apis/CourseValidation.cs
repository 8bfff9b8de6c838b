using CpPlatform.ServiceDefaults.Http;
using CpPlatform.Training.Domain;

namespace CpPlatform.Training.Apis;

internal static class CourseValidation
{
    /// <summary>Each participant category at most once (a repeat is dropped).</summary>
    public static readonly CollectionRule Audiences = new(1, Enum.GetValues<ParticipantCategory>().Length, "audiences");

    public static readonly CollectionRule Modules = new(1, 50, "modules");

    public static ValidationErrors Validate(CourseRequest request)
    {
        var errors = new ValidationErrors();
        errors.Check(Text.IsPresent(request.Code, 40), "code", "Required, at most 40 characters.");
        errors.Check(Text.IsPresent(request.Title, 200), "title", "Required, at most 200 characters.");
        errors.Collection(request.Audiences, "audiences", Audiences);
        errors.MoneyOrZero(request.Fee, "fee", optional: true);
        errors.Check(request.Currency is null || (request.Currency.Length == 3 && request.Currency.All(char.IsAsciiLetter)),
            "currency", "An ISO 4217 code such as USD.");
        errors.Collection(request.Modules, "modules", Modules, (module, path) =>
        {
            errors.Check(Text.IsPresent(module.Title, 200), $"{path}.title", "Required, at most 200 characters.");
            errors.Check(module.Topic is not null, $"{path}.topic", $"Required, one of: {KebabCase.AllowedValues<Topic>()}.");
            errors.Check(module.Days is >= 1 and <= 60, $"{path}.days", "Required, 1 to 60.");
            errors.Check(module.Phase is null or >= 1 and <= 10, $"{path}.phase", "1 to 10 when given.");
        });
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

using CpPlatform.ServiceDefaults.Http;
using CpPlatform.Training.Domain;

namespace CpPlatform.Training.Apis;

internal static class OfferingValidation
{
    public static readonly CollectionRule Instructors = new(1, 20, "instructors");

    /// <summary>Teaching days; one module's session twice on the same day would count double towards completion.</summary>
    public static readonly CollectionRule Sessions = new(1, 200, "sessions");

    /// <summary>An offering is a plan: it starts at most 5 years after <paramref name="today"/> at the center and lasts at most 2 years.</summary>
    public static ValidationErrors Validate(OfferingRequest request, DateOnly today)
    {
        var errors = new ValidationErrors();
        errors.Check(request.CourseId is not null, "courseId", "Required.");
        errors.PlannedDay(request.StartsOn, "startsOn", today);
        errors.EndDay(request.StartsOn, request.EndsOn, "endsOn", "startsOn", Dates.LongestOffering);
        errors.Check(Text.IsPresent(request.Place, 200), "place", "Required, at most 200 characters.");
        errors.Check(Text.IsCountry(request.Country), "country", "Required: an ISO 3166-1 alpha-2 code.");
        errors.Check(request.Capacity is >= 1 and <= 10_000, "capacity", "Required, 1 to 10,000.");
        errors.Collection(request.Instructors, "instructors", Instructors, name => Text.IsPresent(name, 200), "A name of at most 200 characters.");
        errors.Collection(request.Sessions, "sessions", Sessions,
            duplicateKey: session => session is { Module: { } module, Date: { } date } ? $"{module} {date:O}" : null);
        return errors;
    }

    /// <summary>Checks the sessions against the course's modules and the offering's dates.</summary>
    public static void CheckSessions(OfferingRequest request, Course course, ValidationErrors errors)
    {
        var sessions = request.Sessions!;
        for (var i = 0; i < sessions.Count; i++)
        {
            errors.Check(sessions[i].Module is { } number && course.Modules.Any(module => module.Number == number), $"sessions[{i}].module",
                $"Required: a module number of the course, 1 to {course.Modules.Count}.");
            errors.Check(sessions[i].Date is { } date && date >= request.StartsOn && date <= request.EndsOn, $"sessions[{i}].date",
                "Required, between startsOn and endsOn.");
        }
        var withoutSessions = course.Modules.Where(module => sessions.All(session => session.Module != module.Number)).Select(module => module.Number).ToList();
        errors.Check(withoutSessions.Count == 0, "sessions", $"Every module needs at least one session; none for module(s) {string.Join(", ", withoutSessions)}.");
    }

    public static Offering ToOffering(OfferingRequest request, Course course, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7();
        return new Offering
        {
            Id = id,
            CenterId = course.CenterId,
            CourseId = course.Id,
            StartsOn = request.StartsOn!.Value,
            EndsOn = request.EndsOn!.Value,
            Place = request.Place!.Trim(),
            Country = request.Country!.ToUpperInvariant(),
            Capacity = request.Capacity!.Value,
            Instructors = [.. request.Instructors!.Select(name => name.Trim())],
            Sessions = [.. request.Sessions!.Select(session => new Session
            {
                Id = Guid.CreateVersion7(), OfferingId = id, ModuleNumber = session.Module!.Value, Date = session.Date!.Value,
            })],
            ScheduledAt = now,
        };
    }
}

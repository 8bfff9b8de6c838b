using CpPlatform.Training.Domain;

namespace CpPlatform.Training.Apis;

/// <summary>
/// <c>sessions</c> are the teaching days, each for one module of the course (by its number); every module needs at
/// least one, and each falls between <c>startsOn</c> and <c>endsOn</c>.
/// </summary>
public sealed record OfferingRequest(
    Guid? CourseId, DateOnly? StartsOn, DateOnly? EndsOn, string? Place, string? Country, int? Capacity, IReadOnlyList<string>? Instructors,
    IReadOnlyList<SessionRequest>? Sessions);

public sealed record SessionRequest(int? Module, DateOnly? Date);

public sealed record SessionDto(Guid Id, int Module, DateOnly Date)
{
    public static SessionDto From(Session session) => new(session.Id, session.ModuleNumber, session.Date);
}

public sealed record OfferingResponse(
    Guid Id, string CenterId, Guid CourseId, string CourseCode, string CourseTitle, DateOnly StartsOn, DateOnly EndsOn, string Place,
    string Country, int Capacity, IReadOnlyList<string> Instructors, IReadOnlyList<SessionDto> Sessions, int Seated, int Waitlisted, int SeatsLeft)
{
    public static OfferingResponse From(Offering offering, Course course, int seated, int waitlisted) => new(
        offering.Id, offering.CenterId, offering.CourseId, course.Code, course.Title, offering.StartsOn, offering.EndsOn, offering.Place,
        offering.Country, offering.Capacity, offering.Instructors,
        offering.Sessions.OrderBy(s => s.Date).ThenBy(s => s.ModuleNumber).Select(SessionDto.From).ToList(), seated, waitlisted,
        Math.Max(0, offering.Capacity - seated));
}

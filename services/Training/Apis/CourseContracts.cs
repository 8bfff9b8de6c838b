using CpPlatform.Training.Domain;

namespace CpPlatform.Training.Apis;

/// <summary>Omitted: fee 0 (free), currency USD, every module in phase 1.</summary>
public sealed record CourseRequest(
    string? Code, string? Title, IReadOnlyList<ParticipantCategory>? Audiences, IReadOnlyList<ModuleRequest>? Modules, decimal? Fee = null,
    string? Currency = null);

public sealed record ModuleRequest(string? Title, Topic? Topic, int? Days, int? Phase = null);

public sealed record CourseResponse(
    Guid Id, string CenterId, string Code, string Title, IReadOnlyList<ParticipantCategory> Audiences, decimal Fee, string Currency,
    IReadOnlyList<CourseModule> Modules, int Days, int Phases, DateTimeOffset PublishedAt)
{
    public static CourseResponse From(Course course) => new(
        course.Id, course.CenterId, course.Code, course.Title, course.Audiences, course.Fee, course.Currency, course.Modules, course.Days,
        course.Phases, course.PublishedAt);
}

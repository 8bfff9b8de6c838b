using CpPlatform.ServiceDefaults.Data;

namespace CpPlatform.Training.Domain;

/// <summary>A cohort of a course at a center: dates, place, capacity, instructors and its sessions.</summary>
public sealed class Offering : ICenterOwned
{
    public Guid Id { get; init; }
    public string CenterId { get; init; } = "";
    public Guid CourseId { get; init; }
    public DateOnly StartsOn { get; init; }
    public DateOnly EndsOn { get; init; }
    public string Place { get; init; } = "";

    /// <summary>Where it is taught (ISO 3166-1 alpha-2); a certificate earned through it carries this country.</summary>
    public string Country { get; init; } = "";
    public int Capacity { get; init; }
    public List<string> Instructors { get; init; } = [];
    public List<Session> Sessions { get; init; } = [];
    public DateTimeOffset ScheduledAt { get; init; }

    /// <summary>With <paramref name="seated"/> people holding seats, whether one more gets a seat rather than the waitlist.</summary>
    public bool HasFreeSeat(int seated) => seated < Capacity;
}

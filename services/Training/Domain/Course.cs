using CpPlatform.ServiceDefaults.Data;

namespace CpPlatform.Training.Domain;

/// <summary>A course a center publishes; its code is unique within the center.</summary>
public sealed class Course : ICenterOwned
{
    public Guid Id { get; init; }
    public string CenterId { get; init; } = "";
    public string Code { get; init; } = "";
    public string Title { get; init; } = "";
    public List<ParticipantCategory> Audiences { get; init; } = [];
    public decimal Fee { get; init; }
    public string Currency { get; init; } = "USD";
    public List<CourseModule> Modules { get; init; } = [];
    public DateTimeOffset PublishedAt { get; init; }

    public int Days => Modules.Sum(module => module.Days);

    public int Phases => Modules.Select(module => module.Phase).Distinct().Count();

    /// <summary>Consultant training: what a certificate's "completed training" requirement asks for.</summary>
    public bool TrainsConsultants => Audiences.Contains(ParticipantCategory.Consultant);
}

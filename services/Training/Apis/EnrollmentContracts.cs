using CpPlatform.Training.Domain;

namespace CpPlatform.Training.Apis;

public sealed record EnrollmentRequest(string? Name, string? Email, ParticipantCategory? Category, string? Organisation = null);

public sealed record CancellationRequest(string? Reason = null);

public sealed record FeeRequest(FeeStatus? Status);

public sealed record AttendanceRequest(IReadOnlyList<Guid>? EnrollmentIds);

public sealed record AttendanceResponse(Guid SessionId, int Module, DateOnly Date, IReadOnlyList<Guid> Present, int NewlyRecorded, IReadOnlyList<Guid> Completed);

/// <summary>How far an enrollment is from completion: each module's attendance and what is still missing.</summary>
public sealed record ProgressDto(IReadOnlyList<ModuleProgressDto> Modules, IReadOnlyList<string> Unmet)
{
    public static ProgressDto From(CompletionCheck check) => new(
        check.Modules.Select(m => new ModuleProgressDto(m.ModuleNumber, m.Sessions, m.Attended, Math.Round(m.Percent, 1) + 0.0m)).ToList(), check.Unmet);
}

public sealed record ModuleProgressDto(int Module, int Sessions, int Attended, decimal Percent);

/// <summary><c>progress</c> is given when one enrollment is read, not in lists.</summary>
public sealed record EnrollmentResponse(
    Guid Id, Guid OfferingId, string CenterId, string Name, string Email, string? Organisation, ParticipantCategory Category,
    EnrollmentStatus Status, FeeStatus FeeStatus, DateTimeOffset RequestedAt, DateTimeOffset? SeatedAt, DateOnly? CompletedOn,
    DateTimeOffset? CancelledAt, string? CancellationReason, ProgressDto? Progress)
{
    public static EnrollmentResponse From(Enrollment enrollment, CompletionCheck? check = null) => new(
        enrollment.Id, enrollment.OfferingId, enrollment.CenterId, enrollment.Name, enrollment.Email, enrollment.Organisation, enrollment.Category,
        enrollment.Status, enrollment.FeeStatus, enrollment.RequestedAt, enrollment.SeatedAt, enrollment.CompletedOn, enrollment.CancelledAt,
        enrollment.CancellationReason, check is null ? null : ProgressDto.From(check));
}

namespace CpPlatform.Events.Domain;

/// <summary>One person checked in at one event: the unit every reach figure is counted from.</summary>
public sealed record Attendance(Guid EventId, string CenterId, EventKind Kind, string Email, StakeholderCategory Category, Guid? EnterpriseId);

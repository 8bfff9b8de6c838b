namespace CpPlatform.Assessments.Domain;

/// <summary>One move of a project between phases, with who made it, when, and why when it was a cancellation.</summary>
public sealed record PhaseChange(ProjectPhase From, ProjectPhase To, string By, DateTimeOffset At, string? Reason);

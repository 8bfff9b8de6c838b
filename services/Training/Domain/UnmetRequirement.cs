namespace CpPlatform.Training.Domain;

/// <summary>A certification requirement the consultant does not meet yet: its id (e.g. <c>exam-not-passed</c>) and why.</summary>
public sealed record UnmetRequirement(string Requirement, string Detail);

namespace CpPlatform.Assessments.Domain;

/// <summary>A consultant assigned to a project (the third party of the agreement).</summary>
public sealed record Consultant(string Name, string Email);

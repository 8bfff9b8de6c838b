namespace CpPlatform.Assessments.Domain;

/// <summary>A project's agreed cost and who pays what.</summary>
public sealed record CostShare(decimal ProjectCost, decimal CompanyPays, decimal ProgramPays);

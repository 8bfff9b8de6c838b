namespace CpPlatform.Contracts.Assessments;

/// <summary>A consultant's performance on a demonstration project was scored (0 to 100), for certification.</summary>
public sealed record ConsultantScored : IntegrationEvent
{
    public required string ConsultantEmail { get; init; }
    public required string ConsultantName { get; init; }
    public required Guid ProjectId { get; init; }
    public required int Score { get; init; }
}

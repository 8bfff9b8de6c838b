namespace CpPlatform.Contracts.Training;

/// <summary>A certificate was suspended; its holder leaves the roster until it is reinstated.</summary>
public sealed record CertificateSuspended : IntegrationEvent
{
    public required string CertificateNumber { get; init; }
    public required string ConsultantEmail { get; init; }
    public required string Reason { get; init; }
}

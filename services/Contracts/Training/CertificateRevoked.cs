namespace CpPlatform.Contracts.Training;

/// <summary>A certificate was revoked for good; its holder leaves the roster.</summary>
public sealed record CertificateRevoked : IntegrationEvent
{
    public required string CertificateNumber { get; init; }
    public required string ConsultantEmail { get; init; }
    public required string Reason { get; init; }
}

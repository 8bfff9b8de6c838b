namespace CpPlatform.Training.Domain;

/// <summary>What national staff decided about a certificate; expiry follows from the dates.</summary>
public enum CertificateStatus
{
    Active,
    Suspended,
    Revoked,
}

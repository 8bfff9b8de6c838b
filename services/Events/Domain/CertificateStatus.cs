namespace CpPlatform.Events.Domain;

public enum CertificateStatus
{
    Valid,
    Suspended,

    /// <summary>Final: a revoked certificate is never valid again.</summary>
    Revoked,
}

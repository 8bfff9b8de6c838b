namespace CpPlatform.Training.Domain;

/// <summary>What the public verification page says about a certificate number.</summary>
public enum VerificationStatus
{
    Valid,
    Expired,
    Suspended,
    Revoked,
}

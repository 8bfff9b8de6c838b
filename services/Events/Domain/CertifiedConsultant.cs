namespace CpPlatform.Events.Domain;

/// <summary>
/// One certificate from the training service's roster, kept from its events. Messages may arrive out of order, so a
/// change older than the last one applied is ignored, and nothing follows a revocation.
/// </summary>
public sealed class CertifiedConsultant
{
    private CertifiedConsultant()
    {
    }

    public string CertificateNumber { get; private init; } = "";

    /// <summary>Normalized (<see cref="EmailAddress.Normalize"/>): questions are assigned by email.</summary>
    public string Email { get; private init; } = "";
    public string Name { get; private set; } = "";
    public string Country { get; private set; } = "";
    public string CenterId { get; private set; } = "";
    public DateOnly? ValidUntil { get; private set; }

    /// <summary>The end of <see cref="ValidUntil"/> at the center that trained the consultant.</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }
    public CertificateStatus Status { get; private set; }

    /// <summary>When the last change applied here happened at the training service.</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    public static CertifiedConsultant Track(string certificateNumber, string email) =>
        new() { CertificateNumber = certificateNumber, Email = EmailAddress.Normalize(email), ChangedAt = DateTimeOffset.MinValue };

    public bool MayAnswer(DateTimeOffset now) => Status == CertificateStatus.Valid && now < ExpiresAt;

    public void Certify(string name, string country, string centerId, DateOnly validUntil, DateTimeOffset expiresAt, DateTimeOffset occurredAt)
    {
        if (Apply(occurredAt))
        {
            Name = name;
            Country = country;
            CenterId = centerId;
            ValidUntil = validUntil;
            ExpiresAt = expiresAt;
            Status = CertificateStatus.Valid;
        }
    }

    public void Suspend(DateTimeOffset occurredAt)
    {
        if (Apply(occurredAt))
        {
            Status = CertificateStatus.Suspended;
        }
    }

    public void Revoke(DateTimeOffset occurredAt)
    {
        if (Status != CertificateStatus.Revoked)
        {
            Status = CertificateStatus.Revoked;
            ChangedAt = occurredAt;
        }
    }

    private bool Apply(DateTimeOffset occurredAt)
    {
        if (Status == CertificateStatus.Revoked || occurredAt < ChangedAt)
        {
            return false;
        }
        ChangedAt = occurredAt;
        return true;
    }
}

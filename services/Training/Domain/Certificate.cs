using CpPlatform.ServiceDefaults.Problems;
using CpPlatform.ServiceDefaults.Time;

namespace CpPlatform.Training.Domain;

/// <summary>
/// A consultant certificate issued by national staff. Not owned by a center: every center draws on the roster, but
/// it remembers the center that trained the holder for the indicators.
/// </summary>
public sealed class Certificate
{
    private Certificate()
    {
    }

    public Guid Id { get; private init; }
    public string Number { get; private init; } = "";
    public string Country { get; private init; } = "";
    public int Year { get; private init; }
    public int Sequence { get; private init; }
    public string HolderName { get; private init; } = "";
    public string HolderEmail { get; private init; } = "";
    public ParticipantCategory HolderCategory { get; private init; }
    public string CenterId { get; private init; } = "";
    public DateOnly IssuedOn { get; private init; }
    public DateOnly ValidUntil { get; private init; }

    /// <summary>The end of <see cref="ValidUntil"/> at the center that trained the holder: the certificate expires then, everywhere.</summary>
    public DateTimeOffset ExpiresAt { get; private init; }
    public string IssuedBy { get; private init; } = "";
    public string IssuedByClient { get; private init; } = "";
    public CertificateStatus Status { get; private set; }
    public string? StatusReason { get; private set; }
    public DateTimeOffset? StatusChangedAt { get; private set; }

    /// <summary>
    /// The caller has checked every requirement and drawn <paramref name="sequence"/> for the country and the year of
    /// <paramref name="atTrainingCenter"/>'s today: issue date and expiry follow the calendar of the center that trained the holder.
    /// </summary>
    public static Certificate Issue(
        Enrollment training, string country, int sequence, CertificationRule rule, CenterTime atTrainingCenter, string byClient)
    {
        var today = atTrainingCenter.Today;
        var validUntil = rule.ValidUntil(today);
        return new Certificate
        {
            Id = Guid.CreateVersion7(),
            Number = CertificateNumber.Format(country, today.Year, sequence),
            Country = country.ToUpperInvariant(),
            Year = today.Year,
            Sequence = sequence,
            HolderName = training.Name,
            HolderEmail = training.Email,
            HolderCategory = training.Category,
            CenterId = training.CenterId,
            IssuedOn = today,
            ValidUntil = validUntil,
            ExpiresAt = atTrainingCenter.StartOf(validUntil.AddDays(1)),
            IssuedBy = rule.IssuedBy,
            IssuedByClient = byClient,
            Status = CertificateStatus.Active,
        };
    }

    /// <summary>Revoked and suspended say so whatever the date; otherwise valid until <see cref="ExpiresAt"/>, then expired.</summary>
    public VerificationStatus VerificationAt(DateTimeOffset now) => Status switch
    {
        CertificateStatus.Revoked => VerificationStatus.Revoked,
        CertificateStatus.Suspended => VerificationStatus.Suspended,
        _ => now >= ExpiresAt ? VerificationStatus.Expired : VerificationStatus.Valid,
    };

    /// <summary>A certificate that is neither revoked nor expired: its holder cannot be certified again.</summary>
    public bool IsCurrentAt(DateTimeOffset now) => Status != CertificateStatus.Revoked && now < ExpiresAt;

    public void Suspend(string reason, DateTimeOffset now)
    {
        Require(Status == CertificateStatus.Active, "Only an active certificate can be suspended.");
        Change(CertificateStatus.Suspended, reason, now);
    }

    public void Reinstate(string? reason, DateTimeOffset now)
    {
        Require(Status == CertificateStatus.Suspended, "Only a suspended certificate can be reinstated.");
        Change(CertificateStatus.Active, reason, now);
    }

    /// <summary>Revocation is final.</summary>
    public void Revoke(string reason, DateTimeOffset now)
    {
        Require(Status != CertificateStatus.Revoked, "The certificate is already revoked.");
        Change(CertificateStatus.Revoked, reason, now);
    }

    private void Change(CertificateStatus status, string? reason, DateTimeOffset now)
    {
        Status = status;
        StatusReason = reason;
        StatusChangedAt = now;
    }

    private void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ConflictException("status", $"{message} Certificate {Number} is {Status.ToString().ToLowerInvariant()}.");
        }
    }
}

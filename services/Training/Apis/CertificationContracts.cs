using CpPlatform.Training.Domain;

namespace CpPlatform.Training.Apis;

/// <summary>Whether the exam passed is the examiners' decision; <c>score</c> (0 to 100) is kept when there is one.</summary>
public sealed record ExamRequest(string? Email, string? Name, DateOnly? TakenOn, bool? Passed, int? Score = null);

public sealed record ExamResponse(Guid Id, string Email, string Name, DateOnly TakenOn, bool Passed, int? Score, DateTimeOffset RecordedAt)
{
    public static ExamResponse From(AccreditationExam exam) => new(exam.Id, exam.Email, exam.Name, exam.TakenOn, exam.Passed, exam.Score, exam.RecordedAt);
}

public sealed record CertificationRequest(string? Email);

public sealed record StatusChangeRequest(string? Reason);

/// <summary>Where a consultant stands: the evidence held and each requirement still unmet.</summary>
public sealed record ReadinessResponse(
    string Email, bool CompletedConsultantTraining, int? BestProjectScore, bool PassedExam, bool Eligible, IReadOnlyList<UnmetRequirement> UnmetRequirements);

public sealed record CertificateResponse(
    Guid Id, string Number, string HolderName, string HolderEmail, ParticipantCategory HolderCategory, string Country, string CenterId,
    DateOnly IssuedOn, DateOnly ValidUntil, string IssuedBy, CertificateStatus Status, VerificationStatus Verification, string? StatusReason,
    DateTimeOffset? StatusChangedAt)
{
    public static CertificateResponse From(Certificate certificate, DateTimeOffset now) => new(
        certificate.Id, certificate.Number, certificate.HolderName, certificate.HolderEmail, certificate.HolderCategory, certificate.Country,
        certificate.CenterId, certificate.IssuedOn, certificate.ValidUntil, certificate.IssuedBy, certificate.Status, certificate.VerificationAt(now),
        certificate.StatusReason, certificate.StatusChangedAt);
}

/// <summary>The public answer about a certificate number: never the holder's email.</summary>
public sealed record PublicCertificateResponse(
    string Number, string HolderName, VerificationStatus Status, DateOnly IssuedOn, DateOnly ValidUntil, string IssuedBy)
{
    public static PublicCertificateResponse From(Certificate certificate, DateTimeOffset now) => new(
        certificate.Number, certificate.HolderName, certificate.VerificationAt(now), certificate.IssuedOn, certificate.ValidUntil, certificate.IssuedBy);
}

/// <summary>A consultant enterprises can hire: a certificate not expired at its training center.</summary>
public sealed record RosterEntry(string Number, string Name, string Email, string Country, string CenterId, DateOnly IssuedOn, DateOnly ValidUntil)
{
    public static RosterEntry From(Certificate certificate) => new(
        certificate.Number, certificate.HolderName, certificate.HolderEmail, certificate.Country, certificate.CenterId, certificate.IssuedOn,
        certificate.ValidUntil);
}

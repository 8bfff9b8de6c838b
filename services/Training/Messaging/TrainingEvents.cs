using CpPlatform.Contracts.Training;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.Training.Domain;

namespace CpPlatform.Training.Messaging;

/// <summary>Maps what happened to enrollments and certificates to the integration events other services consume.</summary>
internal static class TrainingEvents
{
    public static EnrollmentCompleted EnrollmentCompleted(Enrollment enrollment, string courseCode, DateTimeOffset now) => new()
    {
        CenterId = enrollment.CenterId,
        OccurredAt = now,
        EnrollmentId = enrollment.Id,
        OfferingId = enrollment.OfferingId,
        CourseCode = courseCode,
        PersonName = enrollment.Name,
        PersonEmail = enrollment.Email,
        ParticipantCategory = KebabCase.Name(enrollment.Category),
        CompletedOn = enrollment.CompletedOn!.Value,
    };

    /// <summary>On issue, and again when a suspended certificate is reinstated.</summary>
    public static ConsultantCertified ConsultantCertified(Certificate certificate, DateTimeOffset now) => new()
    {
        CenterId = certificate.CenterId,
        OccurredAt = now,
        CertificateNumber = certificate.Number,
        ConsultantEmail = certificate.HolderEmail,
        ConsultantName = certificate.HolderName,
        Country = certificate.Country,
        IssuedOn = certificate.IssuedOn,
        ValidUntil = certificate.ValidUntil,
        ExpiresAt = certificate.ExpiresAt,
    };

    public static CertificateSuspended CertificateSuspended(Certificate certificate, DateTimeOffset now) => new()
    {
        CenterId = certificate.CenterId,
        OccurredAt = now,
        CertificateNumber = certificate.Number,
        ConsultantEmail = certificate.HolderEmail,
        Reason = certificate.StatusReason ?? "",
    };

    public static CertificateRevoked CertificateRevoked(Certificate certificate, DateTimeOffset now) => new()
    {
        CenterId = certificate.CenterId,
        OccurredAt = now,
        CertificateNumber = certificate.Number,
        ConsultantEmail = certificate.HolderEmail,
        Reason = certificate.StatusReason ?? "",
    };
}

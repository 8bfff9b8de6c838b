using CpPlatform.Contracts.Monitoring;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.Training.Domain;

namespace CpPlatform.Training.Messaging;

/// <summary>
/// What program monitoring counts of training, dated and included exactly as <see cref="Data.IndicatorQueries"/> counts
/// people trained, completed and certified, so its figures agree with the service's own indicators for any period and center.
/// </summary>
internal static class ProgramActivities
{
    /// <summary>
    /// Everything an enrollment contributes: its seat (counting while enrolled or completed, dated by the offering's first
    /// day) and, once completed, its completion (dated by the day it was completed; completion is final).
    /// </summary>
    public static IEnumerable<ProgramActivity> Of(Enrollment enrollment, DateOnly offeringStartsOn, string courseCode)
    {
        yield return Seat(enrollment, offeringStartsOn, courseCode);
        if (enrollment.CompletedOn is { } completedOn)
        {
            yield return Completion(enrollment, completedOn, courseCode);
        }
    }

    /// <summary>
    /// A certificate counts from its issue day whatever happens to it later: the indicators count certificates issued,
    /// so suspending, reinstating or revoking one changes no activity.
    /// </summary>
    public static ProgramActivity CertificateIssued(Certificate certificate) => new()
    {
        Activity = ProgramActivityNames.CertificateIssued,
        Key = certificate.Id.ToString(),
        On = certificate.IssuedOn,
        Counts = true,
        Category = KebabCase.Name(certificate.HolderCategory),
        Person = PersonKey.Of(certificate.HolderEmail),
    };

    private static ProgramActivity Seat(Enrollment enrollment, DateOnly offeringStartsOn, string courseCode) => new()
    {
        Activity = ProgramActivityNames.TrainingSeat,
        Key = enrollment.Id.ToString(),
        On = offeringStartsOn,
        Counts = enrollment.HoldsSeat,
        Kind = courseCode,
        Category = KebabCase.Name(enrollment.Category),
        Person = PersonKey.Of(enrollment.Email),
        GroupKey = enrollment.OfferingId.ToString(),
    };

    private static ProgramActivity Completion(Enrollment enrollment, DateOnly completedOn, string courseCode) => new()
    {
        Activity = ProgramActivityNames.TrainingCompletion,
        Key = enrollment.Id.ToString(),
        On = completedOn,
        Counts = enrollment.Status == EnrollmentStatus.Completed,
        Kind = courseCode,
        Category = KebabCase.Name(enrollment.Category),
        Person = PersonKey.Of(enrollment.Email),
        GroupKey = enrollment.OfferingId.ToString(),
    };
}

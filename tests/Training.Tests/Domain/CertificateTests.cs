using CpPlatform.ServiceDefaults.Problems;
using CpPlatform.ServiceDefaults.Time;
using CpPlatform.Training.Domain;

namespace CpPlatform.Training.Tests.Domain;

public class CertificateTests
{
    private static readonly DateTimeOffset IssuedAt = new(2026, 3, 10, 15, 0, 0, TimeSpan.Zero);

    private static Certificate Issue(CenterTime? at = null) =>
        Certificate.Issue(Cohort.Seated(Cohort.Offering(10, 1)), "mx", 42, new CertificationRule(), at ?? new CenterTime(TimeZoneInfo.Utc, IssuedAt),
            "national-staff");

    [Fact]
    public void The_number_carries_country_year_and_a_five_digit_sequence()
    {
        var certificate = Issue();

        Assert.Equal("CP-MX-2026-00042", certificate.Number);
        Assert.Equal("CP-PE-2027-00001", CertificateNumber.Format("PE", 2027, 1));
        Assert.Equal("CP-MX-2026-00042", CertificateNumber.Normalize(" cp-mx-2026-00042 "));
        Assert.Equal(("luis@consultores.mx", "Luis Pérez", "MX"), (certificate.HolderEmail, certificate.HolderName, certificate.Country));
    }

    [Fact]
    public void It_is_valid_through_its_last_day_and_expired_the_day_after()
    {
        var certificate = Issue();

        Assert.Equal(VerificationStatus.Valid, certificate.VerificationAt(new DateTimeOffset(2029, 3, 9, 23, 59, 59, TimeSpan.Zero)));
        Assert.Equal(VerificationStatus.Expired, certificate.VerificationAt(new DateTimeOffset(2029, 3, 10, 0, 0, 0, TimeSpan.Zero)));
        Assert.False(certificate.IsCurrentAt(new DateTimeOffset(2029, 3, 10, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Issue_date_and_expiry_follow_the_training_centers_calendar_not_utcs()
    {
        // 23:30 on 2026-12-31 in Mexico City is already 2027 in UTC.
        var mexicoCity = TimeZoneInfo.FindSystemTimeZoneById("America/Mexico_City");
        var certificate = Issue(new CenterTime(mexicoCity, new DateTimeOffset(2027, 1, 1, 5, 30, 0, TimeSpan.Zero)));

        Assert.Equal((new DateOnly(2026, 12, 31), 2026, "CP-MX-2026-00042"), (certificate.IssuedOn, certificate.Year, certificate.Number));
        Assert.Equal(new DateOnly(2029, 12, 30), certificate.ValidUntil);
        // Still 2029-12-30 in Mexico City at 05:59 UTC on the 31st; expired at its midnight, 06:00 UTC.
        Assert.Equal(VerificationStatus.Valid, certificate.VerificationAt(new DateTimeOffset(2029, 12, 31, 5, 59, 0, TimeSpan.Zero)));
        Assert.Equal(VerificationStatus.Expired, certificate.VerificationAt(new DateTimeOffset(2029, 12, 31, 6, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Suspension_shows_until_reinstated_and_revocation_is_final()
    {
        var certificate = Issue();

        certificate.Suspend("Complaint under review", Cohort.Now);
        Assert.Equal(VerificationStatus.Suspended, certificate.VerificationAt(IssuedAt));
        Assert.Throws<ConflictException>(() => certificate.Suspend("again", Cohort.Now));
        certificate.Reinstate(null, Cohort.Now);
        Assert.Equal(VerificationStatus.Valid, certificate.VerificationAt(IssuedAt));

        certificate.Revoke("Falsified results", Cohort.Now);
        Assert.Equal((VerificationStatus.Revoked, "Falsified results"), (certificate.VerificationAt(IssuedAt), certificate.StatusReason));
        Assert.Equal(VerificationStatus.Revoked, certificate.VerificationAt(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Throws<ConflictException>(() => certificate.Reinstate(null, Cohort.Now));
        Assert.Throws<ConflictException>(() => certificate.Revoke("again", Cohort.Now));
    }
}

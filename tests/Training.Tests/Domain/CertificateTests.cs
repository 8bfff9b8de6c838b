using CpPlatform.ServiceDefaults.Problems;
using CpPlatform.Training.Domain;

namespace CpPlatform.Training.Tests.Domain;

public class CertificateTests
{
    private static readonly DateOnly IssuedOn = new(2026, 3, 10);

    private static Certificate Issue() =>
        Certificate.Issue(Cohort.Seated(Cohort.Offering(10, 1)), "mx", 42, new CertificationRule(), IssuedOn, "national-staff");

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

        Assert.Equal(VerificationStatus.Valid, certificate.VerificationOn(new DateOnly(2029, 3, 9)));
        Assert.Equal(VerificationStatus.Expired, certificate.VerificationOn(new DateOnly(2029, 3, 10)));
        Assert.False(certificate.IsCurrentOn(new DateOnly(2029, 3, 10)));
    }

    [Fact]
    public void Suspension_shows_until_reinstated_and_revocation_is_final()
    {
        var certificate = Issue();

        certificate.Suspend("Complaint under review", Cohort.Now);
        Assert.Equal(VerificationStatus.Suspended, certificate.VerificationOn(IssuedOn));
        Assert.Throws<ConflictException>(() => certificate.Suspend("again", Cohort.Now));
        certificate.Reinstate(null, Cohort.Now);
        Assert.Equal(VerificationStatus.Valid, certificate.VerificationOn(IssuedOn));

        certificate.Revoke("Falsified results", Cohort.Now);
        Assert.Equal((VerificationStatus.Revoked, "Falsified results"), (certificate.VerificationOn(IssuedOn), certificate.StatusReason));
        Assert.Equal(VerificationStatus.Revoked, certificate.VerificationOn(new DateOnly(2030, 1, 1)));
        Assert.Throws<ConflictException>(() => certificate.Reinstate(null, Cohort.Now));
        Assert.Throws<ConflictException>(() => certificate.Revoke("again", Cohort.Now));
    }
}

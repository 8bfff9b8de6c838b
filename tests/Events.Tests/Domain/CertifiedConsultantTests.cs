using CpPlatform.Events.Domain;

namespace CpPlatform.Events.Tests.Domain;

public class CertifiedConsultantTests
{
    private static readonly DateTimeOffset Today = new(2026, 10, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Monday = new(2026, 9, 28, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly ValidUntil = new(2029, 9, 30);

    /// <summary>The end of <see cref="ValidUntil"/> in Mexico City (UTC-6).</summary>
    private static readonly DateTimeOffset ExpiresAt = new(2029, 10, 1, 6, 0, 0, TimeSpan.Zero);

    private static CertifiedConsultant Certified()
    {
        var consultant = CertifiedConsultant.Track("CP-MX-001", "Luis@Consultores.mx");
        consultant.Certify("Luis Pérez", "MX", "mx-chihuahua", ValidUntil, ExpiresAt, Monday);
        return consultant;
    }

    [Fact]
    public void A_valid_unexpired_certificate_may_answer_questions()
    {
        var consultant = Certified();

        Assert.True(consultant.MayAnswer(Today));
        Assert.True(consultant.MayAnswer(ExpiresAt.AddTicks(-1)));
        Assert.False(consultant.MayAnswer(ExpiresAt));
        Assert.Equal("luis@consultores.mx", consultant.Email);
    }

    [Fact]
    public void A_suspension_removes_the_consultant_until_a_later_reinstatement()
    {
        var consultant = Certified();

        consultant.Suspend(Monday.AddDays(1));
        Assert.False(consultant.MayAnswer(Today));
        consultant.Certify("Luis Pérez", "MX", "mx-chihuahua", ValidUntil, ExpiresAt, Monday.AddDays(2));
        Assert.True(consultant.MayAnswer(Today));
    }

    [Fact]
    public void A_change_older_than_the_last_one_applied_is_ignored()
    {
        var consultant = Certified();
        consultant.Suspend(Monday.AddDays(2));

        consultant.Certify("Luis Pérez", "MX", "mx-chihuahua", ValidUntil, ExpiresAt, Monday.AddDays(1));

        Assert.Equal(CertificateStatus.Suspended, consultant.Status);
    }

    [Fact]
    public void Nothing_follows_a_revocation_even_a_later_certification()
    {
        var consultant = Certified();

        consultant.Revoke(Monday.AddDays(1));
        consultant.Certify("Luis Pérez", "MX", "mx-chihuahua", ValidUntil, ExpiresAt, Monday.AddDays(2));

        Assert.Equal(CertificateStatus.Revoked, consultant.Status);
        Assert.False(consultant.MayAnswer(Today));
    }
}

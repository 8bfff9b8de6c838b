using CpPlatform.Events.Domain;
using CpPlatform.ServiceDefaults.Problems;

namespace CpPlatform.Events.Tests.Domain;

public class RegistrationTests
{
    private static readonly DateTimeOffset Now = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly Event Talk = Event.Plan("mx-chihuahua", new EventDetails(
        "CP for tanneries", EventKind.AwarenessTalk, ["leather-tanning"], Now, Now.AddHours(3), "Chihuahua", null, 2, [], 0, true), "staff", Now);

    private static Registration Company(RegistrationStatus status = RegistrationStatus.Confirmed) => Registration.Register(
        Talk, new Person("Ana Ruiz", " Ana@CDN.mx", "Curtidos del Norte", StakeholderCategory.Company, Guid.NewGuid()), RegistrationSource.Staff, status, Now);

    [Fact]
    public void A_person_is_known_by_the_normalized_email()
    {
        Assert.Equal("ana@cdn.mx", Company().Email);
    }

    [Fact]
    public void Checking_in_twice_reports_the_first_time_only_and_keeps_its_time()
    {
        var registration = Company();

        Assert.True(registration.CheckIn("door", Now));
        Assert.False(registration.CheckIn("door", Now.AddMinutes(5)));
        Assert.Equal(Now, registration.CheckedInAt);
    }

    [Fact]
    public void A_waitlisted_person_who_comes_is_admitted()
    {
        var registration = Company(RegistrationStatus.Waitlisted);

        registration.CheckIn("door", Now);

        Assert.Equal(RegistrationStatus.Confirmed, registration.Status);
    }

    [Fact]
    public void Cancelling_frees_a_place_only_once_and_never_after_check_in()
    {
        var confirmed = Company();
        var waitlisted = Company(RegistrationStatus.Waitlisted);
        var attended = Company();
        attended.CheckIn("door", Now);

        Assert.True(confirmed.Cancel(Now));
        Assert.False(confirmed.Cancel(Now));
        Assert.False(waitlisted.Cancel(Now));
        Assert.Throws<ConflictException>(() => attended.Cancel(Now));
        Assert.Throws<ConflictException>(() => confirmed.CheckIn("door", Now));
    }
}

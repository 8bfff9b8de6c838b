using CpPlatform.Events.Apis;
using CpPlatform.Events.Domain;

namespace CpPlatform.Events.Tests.Domain;

public class AttendanceSheetTests
{
    private static readonly DateTimeOffset Now = new(2026, 10, 1, 9, 30, 0, TimeSpan.Zero);

    private static readonly Event Talk = Event.Plan("mx-chihuahua", new EventDetails(
        "CP for tanneries", EventKind.AwarenessTalk, [], Now, Now.AddHours(3), "Chihuahua", null, 10, [], 0, true), "staff", Now);

    [Fact]
    public void Fields_with_commas_quotes_or_formulas_are_quoted_and_defused()
    {
        var registration = Registration.Register(Talk,
            new Person("=HYPERLINK(\"http://x\")", "ana@cdn.mx", "Curtidos del Norte, S.A.", StakeholderCategory.IndustryAssociation, null),
            RegistrationSource.WalkIn, RegistrationStatus.Confirmed, Now);
        registration.CheckIn("door", Now);

        var lines = AttendanceSheet.ToCsv([registration]).Split("\r\n");

        Assert.Equal(AttendanceSheet.Header, lines[0]);
        Assert.Equal("\"'=HYPERLINK(\"\"http://x\"\")\",ana@cdn.mx,\"Curtidos del Norte, S.A.\",industry-association,,true,2026-10-01T09:30:00Z", lines[1]);
        Assert.Equal("", lines[2]);
    }
}

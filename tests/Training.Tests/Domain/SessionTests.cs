using CpPlatform.Training.Domain;

namespace CpPlatform.Training.Tests.Domain;

public class SessionTests
{
    [Fact]
    public void A_session_can_be_attended_from_its_day_at_the_center_on()
    {
        var session = new Session { Date = new DateOnly(2026, 3, 10) };

        Assert.False(session.HasBegunBy(new DateOnly(2026, 3, 9)));
        Assert.True(session.HasBegunBy(new DateOnly(2026, 3, 10)));
        Assert.True(session.HasBegunBy(new DateOnly(2026, 3, 11)));
    }
}

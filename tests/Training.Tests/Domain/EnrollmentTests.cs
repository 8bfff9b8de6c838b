using CpPlatform.ServiceDefaults.Problems;
using CpPlatform.Training.Domain;

namespace CpPlatform.Training.Tests.Domain;

public class EnrollmentTests
{
    [Fact]
    public void The_last_seat_is_taken_then_the_waitlist_begins()
    {
        var offering = Cohort.Offering(capacity: 3, 1);

        Assert.True(offering.HasFreeSeat(2));
        Assert.False(offering.HasFreeSeat(3));
    }

    [Fact]
    public void A_seated_enrollment_owes_the_fee_and_a_free_course_owes_nothing()
    {
        var offering = Cohort.Offering(10, 1);

        var paying = Cohort.Seated(offering);
        var free = Cohort.Seated(offering, fee: 0m);

        Assert.Equal((EnrollmentStatus.Enrolled, FeeStatus.Due, "luis@consultores.mx"), (paying.Status, paying.FeeStatus, paying.Email));
        Assert.Equal(FeeStatus.Waived, free.FeeStatus);
    }

    [Fact]
    public void Cancelling_a_seat_frees_it_cancelling_a_waitlisted_request_does_not()
    {
        var offering = Cohort.Offering(10, 1);
        var seated = Cohort.Seated(offering);
        var waiting = Enrollment.Request(offering, new Person("Ana Ruiz", "ana@cdn.mx", null, ParticipantCategory.Student), 0m, seatFree: false, Cohort.Now);

        Assert.Equal(EnrollmentStatus.Waitlisted, waiting.Status);
        Assert.True(seated.Cancel("Changed jobs", Cohort.Now));
        Assert.False(waiting.Cancel(null, Cohort.Now));
        Assert.Throws<ConflictException>(() => seated.Cancel(null, Cohort.Now));
    }

    [Fact]
    public void Completion_happens_once_and_only_for_a_seat()
    {
        var offering = Cohort.Offering(10, 1);
        var complete = new CompletionRule().Check(offering.Sessions, Cohort.Attended(offering, 1), Cohort.Modules(1), FeeStatus.Paid);
        var seated = Cohort.Seated(offering);
        var waiting = Enrollment.Request(offering, new Person("Ana Ruiz", "ana@cdn.mx", null, ParticipantCategory.Student), 0m, seatFree: false, Cohort.Now);

        Assert.True(seated.CompleteIf(complete, new DateOnly(2026, 3, 12)));
        Assert.False(seated.CompleteIf(complete, new DateOnly(2026, 3, 13)));
        Assert.Equal((EnrollmentStatus.Completed, new DateOnly(2026, 3, 12)), (seated.Status, seated.CompletedOn));
        Assert.False(waiting.CompleteIf(complete, new DateOnly(2026, 3, 12)));
        Assert.Throws<ConflictException>(() => seated.SetFee(FeeStatus.Due));
    }

    [Fact]
    public void Indicator_lines_join_the_three_measures_by_key()
    {
        var lines = IndicatorLine.Join(
            new Dictionary<string, int> { ["student"] = 4, ["consultant"] = 3 },
            new Dictionary<string, int> { ["consultant"] = 2 },
            new Dictionary<string, int> { ["consultant"] = 1 });

        Assert.Equal([new IndicatorLine("consultant", 3, 2, 1), new IndicatorLine("student", 4, 0, 0)], lines);
    }
}

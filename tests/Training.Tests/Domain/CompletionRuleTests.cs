using CpPlatform.Training.Domain;

namespace CpPlatform.Training.Tests.Domain;

public class CompletionRuleTests
{
    private readonly CompletionRule _rule = new();

    [Fact]
    public void Four_of_five_sessions_of_every_module_and_paid_is_complete()
    {
        var offering = Cohort.Offering(10, 5, 5);

        var check = _rule.Check(offering.Sessions, Cohort.Attended(offering, 4, 4), Cohort.Modules(2), FeeStatus.Paid);

        Assert.True(check.IsComplete);
        Assert.Equal([80m, 80m], check.Modules.Select(m => m.Percent));
    }

    [Fact]
    public void Every_module_counts_on_its_own_full_attendance_elsewhere_does_not_make_up_for_one_short_module()
    {
        var offering = Cohort.Offering(10, 5, 4);

        var check = _rule.Check(offering.Sessions, Cohort.Attended(offering, 5, 3), Cohort.Modules(2), FeeStatus.Paid);

        Assert.False(check.IsComplete);
        Assert.Equal(["module-2-attendance"], check.Unmet);
        Assert.Equal((4, 3, 75m), (check.Modules[1].Sessions, check.Modules[1].Attended, check.Modules[1].Percent));
    }

    [Fact]
    public void Full_attendance_with_the_fee_still_due_is_not_complete_and_a_waived_fee_counts_as_settled()
    {
        var offering = Cohort.Offering(10, 2);
        var attended = Cohort.Attended(offering, 2);

        Assert.Equal(["fee-paid"], _rule.Check(offering.Sessions, attended, Cohort.Modules(1), FeeStatus.Due).Unmet);
        Assert.True(_rule.Check(offering.Sessions, attended, Cohort.Modules(1), FeeStatus.Waived).IsComplete);
    }

    [Fact]
    public void The_threshold_is_configurable()
    {
        var offering = Cohort.Offering(10, 5);
        var strict = new CompletionRule { MinimumAttendance = 1.0m };
        var lenient = new CompletionRule { MinimumAttendance = 0.6m };

        Assert.False(strict.Check(offering.Sessions, Cohort.Attended(offering, 4), Cohort.Modules(1), FeeStatus.Paid).IsComplete);
        Assert.True(lenient.Check(offering.Sessions, Cohort.Attended(offering, 3), Cohort.Modules(1), FeeStatus.Paid).IsComplete);
        Assert.False(lenient.Check(offering.Sessions, Cohort.Attended(offering, 2), Cohort.Modules(1), FeeStatus.Paid).IsComplete);
    }

    [Fact]
    public void Nothing_attended_lists_every_module_and_the_fee()
    {
        var offering = Cohort.Offering(10, 1, 1, 1);

        var check = _rule.Check(offering.Sessions, new HashSet<Guid>(), Cohort.Modules(3), FeeStatus.Due);

        Assert.Equal(["module-1-attendance", "module-2-attendance", "module-3-attendance", "fee-paid"], check.Unmet);
    }
}

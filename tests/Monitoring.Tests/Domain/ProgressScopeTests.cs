using CpPlatform.Monitoring.Domain;

namespace CpPlatform.Monitoring.Tests.Domain;

public class ProgressScopeTests
{
    private static readonly FundedProgram Program = FundedProgram.Start(
        "TC-02-02-01-2", "CP in Mexican SMEs", "idb", new DateOnly(2003, 3, 1), new DateOnly(2005, 6, 30), ["mx-chihuahua", "mx-tabasco"], "national", DateTimeOffset.UtcNow);

    private static Indicator WithTargets(params IndicatorTarget[] targets) => Indicator.Define(Program.Id,
        new IndicatorDetails(IndicatorLevel.Activity, "A4", "Annual forum", "people-reached", ["annual-forum"], [], targets, null), DateTimeOffset.UtcNow);

    [Fact]
    public void Lines_are_the_program_each_center_each_year_and_each_centers_year_with_a_target()
    {
        var scopes = ProgressScope.For(Program, WithTargets(new("mx-tabasco", 2004, 150m), new(null, null, 900m)), null, null);

        Assert.Equal(
        [
            (null, null, 900m), ("mx-chihuahua", null, null), ("mx-tabasco", null, null),
            (null, 2003, null), (null, 2004, null), (null, 2005, null), ("mx-tabasco", 2004, 150m),
        ], scopes.Select(scope => (scope.CenterId, scope.Year, scope.Target)).ToList<(string?, int?, decimal?)>());
    }

    [Fact]
    public void Years_are_cut_to_the_programs_period()
    {
        var scopes = ProgressScope.For(Program, WithTargets(), null, null);

        Assert.Equal((new DateOnly(2003, 3, 1), new DateOnly(2003, 12, 31)), scopes.Where(s => s.Year == 2003).Select(s => (s.From, s.To)).Single());
        Assert.Equal((new DateOnly(2005, 1, 1), new DateOnly(2005, 6, 30)), scopes.Where(s => s.Year == 2005).Select(s => (s.From, s.To)).Single());
    }

    [Fact]
    public void One_center_asked_about_gets_its_period_and_each_of_its_years()
    {
        var scopes = ProgressScope.For(Program, WithTargets(), "mx-tabasco", null);

        Assert.Equal([null, 2003, 2004, 2005], scopes.Select(scope => scope.Year));
        Assert.All(scopes, scope => Assert.Equal("mx-tabasco", scope.CenterId));
        Assert.Equal([("mx-tabasco", 2004)], ProgressScope.For(Program, WithTargets(), "mx-tabasco", 2004).Select(s => (s.CenterId, s.Year)));
    }

    [Fact]
    public void The_history_has_the_end_of_each_month_up_to_the_day_asked()
    {
        Assert.Equal([new DateOnly(2003, 3, 31), new DateOnly(2003, 4, 15)],
            ProgressHistory.MonthEnds(Program.StartsOn, Program.EndsOn, new DateOnly(2003, 4, 15)));
        Assert.Empty(ProgressHistory.MonthEnds(Program.StartsOn, Program.EndsOn, new DateOnly(2003, 2, 28)));
        Assert.Equal(28, ProgressHistory.MonthEnds(Program.StartsOn, Program.EndsOn, new DateOnly(2010, 1, 1)).Count);
    }
}

using CpPlatform.Assessments.Domain;

namespace CpPlatform.Assessments.Tests.Domain;

public class ProjectEconomicsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    internal static DemonstrationProject Project(string sizeClass = "small") => DemonstrationProject.Select(
        new EnterpriseSnapshot { EnterpriseId = Guid.NewGuid(), CenterId = "mx-chihuahua", SizeClass = sizeClass, IsSme = true, PublishResults = true },
        null, new SelectionCriteria(true, true, true, true), new CostShareRule().Split(sizeClass),
        [new Consultant("Luis Pérez", "luis@consult.mx")], "center-app", Now);

    internal static ProjectOption Option(DemonstrationProject project, decimal investment, decimal savings) => project.AddOption(
        new OptionDetails(OptionCategory.GoodHousekeeping, "Fix leaks", false, investment, savings, OptionReductions.Zero), "center-app", Now);

    [Fact]
    public void Rejected_options_are_not_recommended_and_implemented_figures_use_actual_investment_and_verified_savings()
    {
        var project = Project();
        var rejected = Option(project, 50_000m, 1_000m);
        rejected.Reject(RejectionReason.Economic, "center-app", Now);
        Option(project, 1_000m, 600m); // recommended, still proposed
        var implemented = Option(project, 2_000m, 1_200m);
        implemented.Accept("center-app", Now);
        implemented.Implement(new DateOnly(2026, 10, 1), actualInvestment: null, "center-app", Now);
        var verified = Option(project, 3_000m, 2_400m);
        verified.Accept("center-app", Now);
        verified.Implement(new DateOnly(2026, 10, 1), actualInvestment: 2_800m, "center-app", Now);
        project.VerifyOption(verified, 3_600m, "center-app", Now);

        var economics = project.Economics;

        Assert.Equal(new EconomicFigures(3, 6_000m, 4_200m), economics.Recommended);
        Assert.Equal(new EconomicFigures(2, 4_800m, 4_800m), economics.Implemented);
        Assert.Equal(2m / 3m * 100, economics.ImplementationRatePercent);
        Assert.Equal(12m, economics.Implemented.PaybackMonths);
        Assert.Equal(100m, economics.Implemented.RoiPercent);
    }

    [Fact]
    public void A_project_without_options_has_no_rate_payback_or_roi()
    {
        var economics = Project().Economics;

        Assert.Null(economics.ImplementationRatePercent);
        Assert.Null(economics.Recommended.PaybackMonths);
        Assert.Null(economics.Recommended.RoiPercent);
        Assert.False(economics.MeetsProgramGoal);
    }

    [Theory]
    [InlineData("micro", 1_600, 6_400)]
    [InlineData("small", 2_800, 5_200)]
    [InlineData("medium", 4_000, 4_000)]
    public void The_company_pays_its_size_class_share_of_the_default_8000(string sizeClass, int companyPays, int programPays)
    {
        Assert.Equal(new CostShare(8_000m, companyPays, programPays), new CostShareRule().Split(sizeClass));
    }

    [Fact]
    public void The_cost_share_is_configurable()
    {
        var rule = new CostShareRule { ProjectCost = 10_000m, SmallCompanyShare = 0.25m };

        Assert.Equal(new CostShare(10_000m, 2_500m, 7_500m), rule.Split("small"));
        Assert.Throws<ArgumentOutOfRangeException>(() => rule.Split("large"));
    }
}

using CpPlatform.Assessments.Apis;
using CpPlatform.Assessments.Domain;

namespace CpPlatform.Assessments.Tests.Domain;

public class EconomicsTests
{
    private static Measurement Period(decimal water, decimal output, decimal waste = 100m, decimal energy = 1000m, decimal materials = 50m) =>
        new(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), energy, water, materials, waste, 5m, 800m, 20m, output, "t leather");

    [Fact]
    public void Worked_example_investment_4800_savings_9600_pays_back_in_6_months_with_200_percent_roi()
    {
        Assert.Equal(6m, Economics.PaybackMonths(4_800m, 9_600m));
        Assert.Equal(200m, Economics.RoiPercent(4_800m, 9_600m));
    }

    [Fact]
    public void A_no_cost_option_with_savings_pays_back_at_once_and_has_no_roi()
    {
        Assert.Equal(0m, Economics.PaybackMonths(0m, 1_200m));
        Assert.Null(Economics.RoiPercent(0m, 1_200m));
    }

    [Fact]
    public void Without_savings_there_is_no_payback()
    {
        Assert.Null(Economics.PaybackMonths(5_000m, 0m));
        Assert.Equal(0m, Economics.RoiPercent(5_000m, 0m));
    }

    [Fact]
    public void Worked_example_5_recommended_3_implemented_is_a_60_percent_rate()
    {
        Assert.Equal(60m, Economics.ImplementationRatePercent(3, 5));
        Assert.Null(Economics.ImplementationRatePercent(0, 0));
    }

    [Fact]
    public void Worked_example_water_1000_to_820_at_equal_output_is_an_18_percent_reduction()
    {
        Assert.Equal(18m, Economics.ReductionPercent(1_000m, 500m, 820m, 500m));
    }

    [Fact]
    public void The_after_period_is_normalised_to_the_baseline_output()
    {
        // 900 m3 for 120 t of output is 750 m3 at the baseline's 100 t: a 25% reduction, although raw use fell only 10%.
        Assert.Equal(25m, Economics.ReductionPercent(1_000m, 100m, 900m, 120m));
        // Using the same water for half the output is twice the water per tonne.
        Assert.Equal(-100m, Economics.ReductionPercent(1_000m, 100m, 1_000m, 50m));
        Assert.Null(Economics.ReductionPercent(0m, 100m, 10m, 100m));
    }

    [Fact]
    public void The_goal_is_met_by_one_resource_falling_exactly_10_percent()
    {
        var reductions = Economics.Reductions(Period(water: 1_000m, output: 100m), Period(water: 900m, output: 100m));

        Assert.Equal(10m, reductions.Water);
        Assert.Equal(0m, reductions.Waste);
        Assert.True(Economics.MeetsProgramGoal(reductions));
    }

    [Fact]
    public void Just_under_10_percent_misses_the_goal_even_where_it_shows_as_10_0()
    {
        var reductions = Economics.Reductions(Period(water: 1_000m, output: 100m), Period(water: 900.4m, output: 100m));

        Assert.Equal(9.96m, reductions.Water);
        Assert.False(Economics.MeetsProgramGoal(reductions));
        Assert.Equal(10.0m, ReductionsPercentDto.From(reductions).Water);
    }

    [Fact]
    public void Only_waste_energy_materials_and_water_count_for_the_goal()
    {
        var reductions = new ResourcePercentages(Energy: 9m, Water: 9m, Materials: 9m, Waste: 9m, HazardousWaste: 80m, Wastewater: 80m, Emissions: 80m);

        Assert.False(Economics.MeetsProgramGoal(reductions));
        Assert.True(Economics.MeetsProgramGoal(reductions with { Materials = 12m }));
        Assert.False(Economics.MeetsProgramGoal(ResourcePercentages.None));
    }

    [Fact]
    public void Figures_are_computed_unrounded_and_rounded_to_one_decimal_only_when_shown()
    {
        var figures = new EconomicFigures(2, 1_000m, 1_550m);

        Assert.Equal(1_000m / (1_550m / 12), figures.PaybackMonths);
        var shown = FiguresDto.From(figures);
        Assert.Equal(7.7m, shown.PaybackMonths);
        Assert.Equal(155.0m, shown.RoiPercent);
    }

    [Fact]
    public void Portfolio_totals_take_ratios_of_the_summed_figures_not_of_the_sector_ratios()
    {
        var lines = new[]
        {
            new PortfolioLine("dairy", 1, 3, 1, 1_000m, 3_000m),
            new PortfolioLine("textiles", 2, 1, 1, 9_000m, 3_000m),
        };

        var total = PortfolioLine.Total(lines);

        Assert.Equal(new PortfolioLine("all", 3, 4, 2, 10_000m, 6_000m), total);
        Assert.Equal(60m, total.RoiPercent);
        Assert.Equal(20m, total.PaybackMonths);
        Assert.Equal(50m, total.ImplementationRatePercent);
    }
}

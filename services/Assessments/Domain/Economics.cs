namespace CpPlatform.Assessments.Domain;

/// <summary>
/// Every formula of the program's economics (DOMAIN.md, "assessments"), unrounded. Rounding happens only where a
/// figure is shown, so sums and ratios of sums never carry rounding errors.
/// </summary>
public static class Economics
{
    /// <summary>A project meets the program goal when waste, energy, materials or water falls by at least this much.</summary>
    public const decimal ProgramGoalPercent = 10m;

    /// <summary>Investment ÷ (annual savings ÷ 12): 0 for a no-cost option; null when nothing is saved.</summary>
    public static decimal? PaybackMonths(decimal investment, decimal annualSavings) =>
        annualSavings > 0 ? investment / (annualSavings / 12) : null;

    /// <summary>Simple first-year return: annual savings ÷ investment × 100; null without investment.</summary>
    public static decimal? RoiPercent(decimal investment, decimal annualSavings) =>
        investment != 0 ? annualSavings / investment * 100 : null;

    /// <summary>Implemented ÷ recommended × 100; null when nothing was recommended.</summary>
    public static decimal? ImplementationRatePercent(int implemented, int recommended) =>
        recommended > 0 ? (decimal)implemented / recommended * 100 : null;

    /// <summary>
    /// (baseline − after) ÷ baseline × 100, with the after period first scaled to the baseline's production output
    /// (after × baselineOutput ÷ afterOutput), so a plant that produced more is not punished for using more.
    /// </summary>
    public static decimal? ReductionPercent(decimal baseline, decimal baselineOutput, decimal after, decimal afterOutput)
    {
        if (baseline == 0 || baselineOutput == 0 || afterOutput == 0)
        {
            return null;
        }
        var afterAtBaselineOutput = after * baselineOutput / afterOutput;
        return (baseline - afterAtBaselineOutput) / baseline * 100;
    }

    public static ResourcePercentages Reductions(Measurement? baseline, Measurement? after)
    {
        if (baseline is null || after is null)
        {
            return ResourcePercentages.None;
        }
        decimal? Of(Func<Measurement, decimal> quantity) =>
            ReductionPercent(quantity(baseline), baseline.OutputQuantity, quantity(after), after.OutputQuantity);
        return new ResourcePercentages(
            Of(m => m.EnergyKwh), Of(m => m.WaterM3), Of(m => m.MaterialsT), Of(m => m.WasteT),
            Of(m => m.HazardousWasteT), Of(m => m.WastewaterM3), Of(m => m.EmissionsTco2e));
    }

    public static bool MeetsProgramGoal(ResourcePercentages reductions) =>
        new[] { reductions.Waste, reductions.Energy, reductions.Materials, reductions.Water }
            .Any(reduction => reduction >= ProgramGoalPercent);
}

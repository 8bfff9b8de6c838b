namespace CpPlatform.Assessments.Apis;

/// <summary>Percentages and months are shown with one decimal; they are computed and summed unrounded.</summary>
internal static class Presentation
{
    public static decimal? OneDecimal(decimal? value) =>
        value is { } number ? Math.Round(number, 1, MidpointRounding.AwayFromZero) : null;
}

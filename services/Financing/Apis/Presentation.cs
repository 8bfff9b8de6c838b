namespace CpPlatform.Financing.Apis;

/// <summary>Percentages and months are shown with one decimal; they are computed unrounded.</summary>
internal static class Presentation
{
    /// <summary>Adding 0.0m gives every answer a scale of one, so 50 % travels as <c>50.0</c> like 37.5 does.</summary>
    public static decimal? OneDecimal(decimal? value) =>
        value is { } number ? Math.Round(number, 1, MidpointRounding.AwayFromZero) + 0.0m : null;
}

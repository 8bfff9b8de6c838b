using System.Globalization;

namespace CpPlatform.ServiceDefaults.Http;

/// <summary>The longest something may last, in whole years or days.</summary>
public readonly record struct DateLength(int Years, int Days)
{
    public static DateLength OfYears(int years) => new(years, 0);

    public static DateLength OfDays(int days) => new(0, days);

    public DateOnly After(DateOnly start) => start.AddYears(Years).AddDays(Days);

    public DateTimeOffset After(DateTimeOffset start) => start.AddYears(Years).AddDays(Days);

    public override string ToString() =>
        Years > 0 ? $"{Years.ToString(CultureInfo.InvariantCulture)} years" : $"{Days.ToString(CultureInfo.InvariantCulture)} days";
}

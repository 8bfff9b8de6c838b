namespace CpPlatform.Monitoring.Domain;

/// <summary>
/// One line of an indicator's progress: the whole program or a center, the whole period or a year, with the target set
/// for it (if any) and its days (a year cut to the program's period).
/// </summary>
public sealed record ProgressScope(string? CenterId, int? Year, decimal? Target, DateOnly From, DateOnly To)
{
    /// <summary>
    /// The lines of <paramref name="indicator"/>: the whole program, each center, each year, and each center's year a
    /// target is set for; asked about one center, that center's whole period and each of its years; asked about a year,
    /// only that year's lines.
    /// </summary>
    public static IReadOnlyList<ProgressScope> For(FundedProgram program, Indicator indicator, string? centerId, int? year)
    {
        var keys = new List<(string? CenterId, int? Year)> { (null, null) };
        keys.AddRange(program.CenterIds.Select(center => ((string?)center, (int?)null)));
        keys.AddRange(program.Years.Select(each => ((string?)null, (int?)each)));
        keys.AddRange(indicator.Targets.Where(target => target.CenterId is not null && target.Year is not null).Select(target => (target.CenterId, target.Year)));
        if (centerId is not null)
        {
            keys.AddRange(program.Years.Select(each => ((string?)centerId, (int?)each)));
        }
        return keys
            .Distinct()
            .Where(key => (centerId is null || key.CenterId == centerId) && (year is null || key.Year == year))
            .OrderBy(key => (key.CenterId is null ? 0 : 1) + (key.Year is null ? 0 : 2))
            .ThenBy(key => key.CenterId, StringComparer.Ordinal).ThenBy(key => key.Year)
            .Select(key => new ProgressScope(key.CenterId, key.Year, indicator.TargetFor(key.CenterId, key.Year),
                key.Year is { } y ? Max(program.StartsOn, new DateOnly(y, 1, 1)) : program.StartsOn,
                key.Year is { } last ? Min(program.EndsOn, new DateOnly(last, 12, 31)) : program.EndsOn))
            .ToList();
    }

    /// <summary>The days counted as of <paramref name="asOf"/>: the scope's days up to then.</summary>
    public DateOnly CountedUntil(DateOnly asOf) => Min(To, asOf);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}

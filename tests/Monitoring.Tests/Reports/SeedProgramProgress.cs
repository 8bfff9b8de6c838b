using CpPlatform.Monitoring.Domain;

namespace CpPlatform.Monitoring.Tests.Reports;

/// <summary>
/// The seed program (IDB TC-02-02-01-2, 2003–2005, Chihuahua and Tabasco) half-way through, with plausible
/// figures: a line for the program, each center and each year of every indicator, as the progress reader answers.
/// </summary>
internal static class SeedProgramProgress
{
    public const string Chihuahua = "mx-chihuahua";
    public const string Tabasco = "mx-tabasco";
    public static readonly DateOnly AsOf = new(2004, 6, 30);

    public static readonly ProgramSummary Summary = new(Guid.Parse("5f0c1c9e-7a52-4c1e-9d8b-2b1f0e6a4c01"), "TC-02-02-01-2",
        "Cleaner production in SMEs of Chihuahua and Tabasco", "idb", new DateOnly(2003, 1, 1), new DateOnly(2005, 12, 31), [Chihuahua, Tabasco]);

    public static ProgramProgress Build(ProgramSummary? program = null, params IndicatorProgress[] extra) =>
        new(program ?? Summary, AsOf, null, null, [.. Indicators(), .. extra]);

    public static IEnumerable<IndicatorProgress> Indicators()
    {
        yield return Indicator(IndicatorLevel.Goal, "G", "SMEs saving at least 10% on waste, energy, raw materials or water", "companies-meeting-savings-goal",
            "companies", "Verified results of the assessments", (50, 14), [(25, 9), (25, 5)], [(null, 3), (null, 11), (null, 0)]);
        yield return Indicator(IndicatorLevel.Purpose, "P", "Companies employing cleaner production techniques", "companies-implementing",
            "companies", "Assessment reports, signed by the center's director", (50, 21), [(25, 12), (25, 9)], [(null, 6), (null, 15), (null, 0)]);
        yield return Indicator(IndicatorLevel.Component, "C1.1", "Representatives of companies, government and industry associations reached",
            "people-reached", "people", "Attendance lists", (1200, 655), [(600, 371), (600, 284)], [(null, 402), (null, 253), (null, 0)]);
        yield return Indicator(IndicatorLevel.Component, "C1.2", "Engineering students trained", "students-trained", "people",
            "Training records", (180, 64), [(90, 40), (90, 24)], [(60, 41), (60, 23), (60, 0)]);
        yield return Indicator(IndicatorLevel.Component, "C2.1", "Consultants trained", "consultants-trained", "people",
            "Training records", (120, 52), [(60, 30), (60, 22)], [(40, 38), (40, 14), (40, 0)]);
        yield return Indicator(IndicatorLevel.Component, "C2.2", "Consultants certified", "consultants-certified", "people",
            "Certificates issued", (60, 18), [(30, 11), (30, 7)], [(null, 6), (null, 12), (null, 0)]);
        yield return Indicator(IndicatorLevel.Component, "C3", "Demonstration projects", "demonstration-projects", "projects",
            "Selected project files", (60, 25), [(30, 14), (30, 11)], [(16, 16), (22, 9), (22, 0)]);
        yield return Indicator(IndicatorLevel.Component, "C4", "Advisory board members", "advisory-board-members", "people",
            "Board minutes", (16, 15), [(8, 8), (8, 7)], [(null, 15), (null, 15), (null, 0)]);
        yield return Indicator(IndicatorLevel.Activity, "A1", "People reached by awareness talks", "people-reached", "people",
            "Attendance lists", (460, 310), [(230, 180), (230, 130)], [(null, 190), (null, 120), (null, 0)]);
        yield return Indicator(IndicatorLevel.Activity, "A2", "Sector workshops held", "events-held", "events",
            "Workshop agendas and attendance lists", (18, 9), [(9, 5), (9, 4)], [(6, 6), (6, 3), (6, 0)]);
        yield return Indicator(IndicatorLevel.Activity, "A3", "Participants in the regional forums", "event-attendance", "attendances",
            "Forum attendance lists", (900, 331), [(450, 170), (450, 161)], [(300, 331), (300, 0), (300, 0)]);
        yield return Indicator(IndicatorLevel.Activity, "A4", "\"Ask the Expert\" questions in Chihuahua", "expert-questions", "questions",
            null, (null, 41), [(100, 41), (null, 0)], [(null, 23), (null, 18), (null, 0)]);
    }

    /// <summary>An indicator with its program line, a line per center and per year (in that order) and 18 months of history.</summary>
    public static IndicatorProgress Indicator(IndicatorLevel level, string reference, string title, string measure, string unit, string? means,
        (decimal? Target, decimal Actual) total, (decimal? Target, decimal Actual)[] centers, (decimal? Target, decimal Actual)[] years)
    {
        var lines = new List<TargetProgress> { Line(null, null, total, ElapsedShare(null)) };
        lines.AddRange(centers.Select((figures, index) => Line(Summary.CenterIds[index], null, figures, ElapsedShare(null))));
        lines.AddRange(years.Select((figures, index) => Line(null, 2003 + index, figures, ElapsedShare(2003 + index))));
        return new IndicatorProgress(Guid.NewGuid(), level, reference, title, measure, unit, means, lines, History(total.Actual));
    }

    public static TargetProgress Line(string? centerId, int? year, (decimal? Target, decimal Actual) figures, decimal? elapsed)
    {
        var percent = figures.Target is > 0 and { } target ? figures.Actual / target * 100 : (decimal?)null;
        ProgressStatus? status = figures.Target is null ? null
            : elapsed is null ? ProgressStatus.NotStarted
            : percent >= 100 ? ProgressStatus.Achieved
            : percent >= elapsed * 100 ? ProgressStatus.OnTrack
            : ProgressStatus.AtRisk;
        return new TargetProgress(centerId, year, figures.Target, figures.Actual, percent, status);
    }

    /// <summary>The share of the window elapsed on <see cref="AsOf"/>: null before it begins (2005).</summary>
    private static decimal? ElapsedShare(int? year) => year switch
    {
        null => 0.5m,
        2003 => 1m,
        2004 => 0.5m,
        _ => null,
    };

    /// <summary>The actual at the end of each month from January 2003 to June 2004, growing to <paramref name="actual"/>.</summary>
    private static IReadOnlyList<ProgressPoint> History(decimal actual) =>
        Enumerable.Range(1, 18)
            .Select(month => new ProgressPoint(new DateOnly(2003, 1, 1).AddMonths(month).AddDays(-1), Math.Round(actual * month / 18)))
            .ToList();
}

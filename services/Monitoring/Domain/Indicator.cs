namespace CpPlatform.Monitoring.Domain;

/// <summary>One line of a program's logframe: what is measured, how, and the targets set for it.</summary>
public sealed class Indicator
{
    private Indicator()
    {
    }

    public Guid Id { get; private init; }
    public Guid ProgramId { get; private init; }
    public IndicatorLevel Level { get; private set; }

    /// <summary>The logframe's own reference (<c>C2</c>, <c>A1.3</c>), unique in the program.</summary>
    public string Ref { get; private set; } = "";
    public string Title { get; private set; } = "";

    /// <summary>A measure id of <see cref="Measures"/>.</summary>
    public string Measure { get; private set; } = "";
    public List<string> FilterKinds { get; private set; } = [];
    public List<string> FilterCategories { get; private set; } = [];
    public List<IndicatorTarget> Targets { get; private set; } = [];
    public string? MeansOfVerification { get; private set; }
    public DateTimeOffset CreatedAt { get; private init; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static Indicator Define(Guid programId, IndicatorDetails details, DateTimeOffset now)
    {
        var indicator = new Indicator { Id = Guid.CreateVersion7(), ProgramId = programId, CreatedAt = now };
        indicator.Change(details, now);
        return indicator;
    }

    public void Change(IndicatorDetails details, DateTimeOffset now)
    {
        Level = details.Level;
        Ref = details.Ref;
        Title = details.Title;
        Measure = details.Measure;
        FilterKinds = [.. details.Kinds];
        FilterCategories = [.. details.Categories];
        Targets = [.. details.Targets];
        MeansOfVerification = details.MeansOfVerification;
        UpdatedAt = now;
    }

    /// <summary>The target set for a scope (a center or the whole program; a year or the whole period), if any.</summary>
    public decimal? TargetFor(string? centerId, int? year) =>
        Targets.FirstOrDefault(target => target.CenterId == centerId && target.Year == year)?.Value;
}

/// <summary>A target for the whole program (no center) or one center, for the whole period (no year) or one year.</summary>
public sealed record IndicatorTarget(string? CenterId, int? Year, decimal Value);

public sealed record IndicatorDetails(
    IndicatorLevel Level,
    string Ref,
    string Title,
    string Measure,
    IReadOnlyList<string> Kinds,
    IReadOnlyList<string> Categories,
    IReadOnlyList<IndicatorTarget> Targets,
    string? MeansOfVerification);

using CpPlatform.Monitoring.Domain;

namespace CpPlatform.Monitoring.Apis;

public sealed record IndicatorRequest(
    IndicatorLevel? Level,
    string? Ref,
    string? Title,
    string? Measure,
    IndicatorFilterRequest? Filter,
    List<TargetRequest>? Targets,
    string? MeansOfVerification);

public sealed record IndicatorFilterRequest(List<string>? Kinds, List<string>? Categories);

/// <summary>No center: the whole program; no year: its whole period.</summary>
public sealed record TargetRequest(string? CenterId, int? Year, decimal? Value);

public sealed record IndicatorResponse(
    Guid Id,
    Guid ProgramId,
    IndicatorLevel Level,
    string Ref,
    string Title,
    string Measure,
    string Unit,
    IndicatorFilterResponse Filter,
    IReadOnlyList<IndicatorTarget> Targets,
    string? MeansOfVerification,
    DateTimeOffset UpdatedAt)
{
    /// <summary>A center sees only the targets set for it: its own share.</summary>
    public static IndicatorResponse From(Indicator indicator, string? restrictedToCenter) => new(
        indicator.Id, indicator.ProgramId, indicator.Level, indicator.Ref, indicator.Title, indicator.Measure,
        Measures.Find(indicator.Measure)?.Unit ?? "", new IndicatorFilterResponse(indicator.FilterKinds, indicator.FilterCategories),
        indicator.Targets.Where(target => restrictedToCenter is null || target.CenterId == restrictedToCenter).ToList(),
        indicator.MeansOfVerification, indicator.UpdatedAt);
}

public sealed record IndicatorFilterResponse(IReadOnlyList<string> Kinds, IReadOnlyList<string> Categories);

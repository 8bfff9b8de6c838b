using CpPlatform.Monitoring.Domain;

namespace CpPlatform.Monitoring.Apis;

public sealed record MeasureResponse(string Id, string Title, string Unit, string Description, IReadOnlyList<MeasureFilterResponse> Filters)
{
    public static MeasureResponse From(Measure measure) => new(
        measure.Id, measure.Title, measure.Unit, measure.Description,
        [
            .. measure.Kinds is { } kinds ? [new MeasureFilterResponse("kinds", kinds)] : Array.Empty<MeasureFilterResponse>(),
            .. measure.Categories is { } categories ? [new MeasureFilterResponse("categories", categories)] : Array.Empty<MeasureFilterResponse>(),
        ]);
}

/// <summary>A filter an indicator of the measure may set (<c>filter.kinds</c>) and the values it allows.</summary>
public sealed record MeasureFilterResponse(string Name, IReadOnlyList<string> AllowedValues);

using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.ServiceDefaults.Time;
using CpPlatform.Training.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CpPlatform.Training.Apis;

public static class IndicatorsApi
{
    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/training/indicators", GetIndicators)
            .WithTags("Indicators")
            .WithName("TrainingIndicators")
            .WithSummary("People trained, completed and certified in a period, by participant category and by center (a center sees its own).")
            .RequireAuthorization(policy => policy.RequireScope(TrainingScope.Name).RequireKind(ClientKind.Center, ClientKind.National, ClientKind.Admin));
        return app;
    }

    /// <summary>
    /// <paramref name="from"/> and <paramref name="to"/> are both included; by default the current year up to today.
    /// National staff may narrow to one <paramref name="centerId"/>; a center always sees only its own.
    /// </summary>
    private static async Task<Results<Ok<IndicatorsResponse>, ValidationProblem>> GetIndicators(
        TrainingDbContext db, ICurrentClient client, CenterClock clock, CancellationToken cancellationToken, DateOnly? from = null, DateOnly? to = null,
        string? centerId = null)
    {
        var errors = new ValidationErrors();
        var center = client.RestrictedToCenter ?? Text.TrimmedOrNull(centerId);
        if (ReportingPeriod.Read(from, to, await clock.AtAsync(center, cancellationToken), errors) is not { } period)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var indicators = new IndicatorQueries(db, period.From, period.To, center);
        return TypedResults.Ok(IndicatorsResponse.Of(period.From, period.To, await indicators.TotalsAsync(cancellationToken),
            await indicators.ByCategoryAsync(cancellationToken), await indicators.ByCenterAsync(cancellationToken)));
    }
}

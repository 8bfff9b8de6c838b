using CpPlatform.Events.Data;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CpPlatform.Events.Apis;

public static class IndicatorsApi
{
    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/events/indicators", GetIndicators)
            .WithTags("Indicators")
            .WithName("GetEventIndicators")
            .WithSummary("People reached (distinct by email), attendance by kind, stakeholder category and center, and expert questions per year, for a period.")
            .RequireAuthorization(policy => policy.RequireScope(EventsScope.Name).RequireKind(ClientKind.Center, ClientKind.National, ClientKind.Admin));
        return app;
    }

    /// <summary>
    /// <paramref name="from"/> and <paramref name="to"/> are event start dates, both included (default: this calendar
    /// year so far). A center always sees its own figures, so only national staff's <paramref name="centerId"/> counts.
    /// </summary>
    private static async Task<Results<Ok<IndicatorsResponse>, ValidationProblem>> GetIndicators(
        EventsDbContext db, ICurrentClient client, CenterClock clock, CancellationToken cancellationToken, DateOnly? from = null, DateOnly? to = null,
        string? centerId = null)
    {
        var errors = new ValidationErrors();
        var center = client.RestrictedToCenter ?? Text.TrimmedOrNull(centerId);
        if (ReportingPeriod.Read(from, to, await clock.AtAsync(center, cancellationToken), errors) is not { } period)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var reach = await db.ReachAsync(period.Start, period.End, center, cancellationToken);
        var questions = await db.QuestionsPerYearAsync(period.Start, period.End, center, cancellationToken);
        return TypedResults.Ok(IndicatorsResponse.Of(period.From, period.To, center, reach, questions));
    }
}

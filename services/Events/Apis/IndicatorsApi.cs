using CpPlatform.Events.Data;
using CpPlatform.Events.Domain;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Security;
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
    /// year). A center always sees its own figures, so only national staff's <paramref name="centerId"/> counts.
    /// </summary>
    private static async Task<Results<Ok<IndicatorsResponse>, ValidationProblem>> GetIndicators(
        EventsDbContext db, ICurrentClient client, TimeProvider clock, CancellationToken cancellationToken, DateOnly? from = null, DateOnly? to = null,
        string? centerId = null)
    {
        var year = clock.Now().Year;
        var first = from ?? new DateOnly(year, 1, 1);
        var last = to ?? new DateOnly(year, 12, 31);
        var errors = new ValidationErrors();
        errors.Check(last >= first, "to", "On or after from.");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var center = client.Kind == ClientKind.Center ? client.CenterId : Text.TrimmedOrNull(centerId);
        var start = Period.StartOf(first)!.Value;
        var end = Period.StartOf(last.AddDays(1))!.Value;
        var attendances = await db.AttendancesAsync(start, end, center, cancellationToken);
        var questions = await db.QuestionsPerYearAsync(start, end, center, cancellationToken);
        return TypedResults.Ok(IndicatorsResponse.Of(first, last, center, Reach.Of(attendances), questions));
    }
}

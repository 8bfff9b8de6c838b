using CpPlatform.Assessments.Caching;
using CpPlatform.Assessments.Data;
using CpPlatform.Assessments.Domain;
using CpPlatform.ServiceDefaults.Caching;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CpPlatform.Assessments.Apis;

public static class PortfolioApi
{
    public static IEndpointRouteBuilder MapPortfolioApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/assessments/portfolio", GetPortfolio)
            .WithTags("Portfolio")
            .WithName("GetPortfolio")
            .WithSummary("Implemented results per sector and in total, for the calling center (national staff: one center or all); filter by selection dates (2000-01-01 to 2100-12-31, days as the center counts them).")
            .RequireAuthorization(policy => policy.RequireScope(AssessmentsScope.Name).RequireKind(ClientKind.Center, ClientKind.National, ClientKind.Admin));
        return app;
    }

    /// <summary>
    /// <paramref name="from"/> and <paramref name="to"/> are selection dates, both included, counted in the center's days
    /// (UTC's across all centers). A center always sees its own portfolio, so only national staff's
    /// <paramref name="centerId"/> counts. Answers are cached until any project, option or enterprise sector changes.
    /// </summary>
    private static async Task<Results<Ok<PortfolioResponse>, ValidationProblem>> GetPortfolio(
        AssessmentsDbContext db, ICacheAside cache, ICurrentClient client, CenterClock centerClock, CancellationToken cancellationToken, string? sector = null,
        DateOnly? from = null, DateOnly? to = null, string? centerId = null)
    {
        var errors = new ValidationErrors();
        errors.FilterDay(from, "from");
        errors.FilterDay(to, "to");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var wantedCenter = client.Kind == ClientKind.Center ? null : Text.TrimmedOrNull(centerId);
        var at = await centerClock.AtAsync(client.CenterId ?? wantedCenter, cancellationToken);
        DateTimeOffset? start = from is { } first ? at.StartOf(first) : null;
        DateTimeOffset? end = to is { } last ? at.StartOf(last.AddDays(1)) : null;
        var question = VersionedAnswers.Question(client.RestrictedToCenter, sector?.Trim(), start, end, wantedCenter);
        return TypedResults.Ok(await cache.GetOrLoadAnswerAsync(PortfolioCacheInvalidator.PortfolioVersionKey, question, async token =>
        {
            var lines = await db.BySectorAsync(sector?.Trim(), start, end, wantedCenter, token);
            return new PortfolioResponse(lines.Select(PortfolioLineDto.From).ToList(), PortfolioLineDto.From(PortfolioLine.Total(lines)));
        }, cancellationToken));
    }
}

using CpPlatform.ServiceDefaults.Http;
using CpPlatform.Assessments.Data;
using CpPlatform.Assessments.Domain;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CpPlatform.Assessments.Apis;

public static class PortfolioApi
{
    public static IEndpointRouteBuilder MapPortfolioApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/assessments/portfolio", GetPortfolio)
            .WithTags("Portfolio")
            .WithName("GetPortfolio")
            .WithSummary("Implemented results per sector and in total, for the calling center (national staff: one center or all).")
            .RequireAuthorization(policy => policy.RequireScope(AssessmentsScope.Name).RequireKind(ClientKind.Center, ClientKind.National, ClientKind.Admin));
        return app;
    }

    /// <summary>
    /// <paramref name="from"/> and <paramref name="to"/> are selection dates, both included. A center always sees its own
    /// portfolio, so only national staff's <paramref name="centerId"/> counts.
    /// </summary>
    private static async Task<Ok<PortfolioResponse>> GetPortfolio(
        AssessmentsDbContext db, ICurrentClient client, CancellationToken cancellationToken, string? sector = null, DateOnly? from = null, DateOnly? to = null,
        string? centerId = null)
    {
        var lines = await db.BySectorAsync(sector?.Trim(), ReportingPeriod.StartOfDay(from), ReportingPeriod.StartOfDay(to?.AddDays(1)), client.Kind == ClientKind.Center ? null : centerId?.Trim(), cancellationToken);
        return TypedResults.Ok(new PortfolioResponse(lines.Select(PortfolioLineDto.From).ToList(), PortfolioLineDto.From(PortfolioLine.Total(lines))));
    }
}

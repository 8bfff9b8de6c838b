using System.Text;
using CpPlatform.Monitoring.Data;
using CpPlatform.Monitoring.Domain;
using CpPlatform.Monitoring.Reports;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CpPlatform.Monitoring.Apis;

public static class ReportsApi
{
    private const string Scope = "monitoring";

    /// <summary>
    /// The page needs nothing but its own inline styles: should a hostile title ever slip past the encoding, the browser
    /// still runs no script and fetches nothing.
    /// </summary>
    private const string HtmlContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/monitoring/programs/{id:guid}")
            .WithTags("Reports")
            .RequireAuthorization(policy => policy.RequireScope(Scope).RequireKind(ClientKind.National, ClientKind.Admin, ClientKind.Center, ClientKind.Donor));

        reports.MapGet("/report.csv", GetLogframeCsv)
            .WithName("GetProgramReportCsv")
            .WithSummary("The donor's logframe table as CSV: level, ref, indicator, means of verification, center or total, year or all, target, actual, percent, status; the program's rows first, then each center's.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        reports.MapGet("/report.html", GetProgressReportHtml)
            .WithName("GetProgramReportHtml")
            .WithSummary("A printable progress report: per level each indicator with a bar per line (percent of target, coloured by status) and a chart of its actual month by month against the target.")
            .Produces<string>(StatusCodes.Status200OK, "text/html");
        return app;
    }

    private static Task<Results<FileContentHttpResult, ValidationProblem, NotFound>> GetLogframeCsv(
        Guid id, IProgramProgressReader reader, CancellationToken cancellationToken, DateOnly? asOf = null, string? centerId = null, int? year = null) =>
        ReportAsync(id, reader, asOf, centerId, year, cancellationToken,
            progress => TypedResults.File(LogframeCsv.ToUtf8(progress), "text/csv; charset=utf-8", LogframeCsv.FileName(progress)));

    private static Task<Results<ContentHttpResult, ValidationProblem, NotFound>> GetProgressReportHtml(
        Guid id, IProgramProgressReader reader, HttpResponse response, CancellationToken cancellationToken, DateOnly? asOf = null,
        string? centerId = null, int? year = null) =>
        ReportAsync(id, reader, asOf, centerId, year, cancellationToken, progress =>
        {
            response.Headers.ContentSecurityPolicy = HtmlContentSecurityPolicy;
            return TypedResults.Text(ProgressReportHtml.Render(progress), "text/html", Encoding.UTF8);
        });

    /// <summary>
    /// The progress the client may see, as the progress endpoint reads it (<paramref name="asOf"/> defaults to today), rendered;
    /// 404 when the program does not exist for this client.
    /// </summary>
    private static async Task<Results<TReport, ValidationProblem, NotFound>> ReportAsync<TReport>(
        Guid id, IProgramProgressReader reader, DateOnly? asOf, string? centerId, int? year, CancellationToken cancellationToken,
        Func<ProgramProgress, TReport> render) where TReport : IResult
    {
        var errors = new ValidationErrors();
        errors.FilterDay(asOf, "asOf");
        var center = Text.TrimmedOrNull(centerId);
        errors.Check(center is null || Text.IsSlug(center, 64), "centerId", "When given: a center id such as mx-chihuahua.");
        errors.Check(year is null or >= 2000 and <= 2100, "year", "When given: between 2000 and 2100.");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        return await reader.ReadAsync(id, asOf, center, year, cancellationToken) is { } progress ? render(progress) : TypedResults.NotFound();
    }
}

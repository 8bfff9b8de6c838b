using System.Text;
using CpPlatform.Monitoring.Data;
using CpPlatform.Monitoring.Reports;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CpPlatform.Monitoring.Apis;

public static class ReportsApi
{
    /// <summary>
    /// The page needs nothing but its own inline styles: should a hostile title ever slip past the encoding, the browser
    /// still runs no script and fetches nothing.
    /// </summary>
    private const string HtmlContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/monitoring/programs/{id:guid}")
            .WithTags("Reports")
            .RequireAuthorization(policy => policy.RequireScope(MonitoringScope.Name).RequireKind(MonitoringClients.Readers));

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
        Guid id, MonitoringDbContext db, ICurrentClient client, IProgramProgressReader reader, CancellationToken cancellationToken,
        DateOnly? asOf = null, string? centerId = null, int? year = null) =>
        ProgressQuery.AnswerAsync(id, db, client, reader, asOf, centerId, year,
            progress => TypedResults.File(LogframeCsv.ToUtf8(progress), "text/csv; charset=utf-8", LogframeCsv.FileName(progress)), cancellationToken);

    private static Task<Results<ContentHttpResult, ValidationProblem, NotFound>> GetProgressReportHtml(
        Guid id, MonitoringDbContext db, ICurrentClient client, IProgramProgressReader reader, HttpResponse response,
        CancellationToken cancellationToken, DateOnly? asOf = null, string? centerId = null, int? year = null) =>
        ProgressQuery.AnswerAsync(id, db, client, reader, asOf, centerId, year, progress =>
        {
            response.Headers.ContentSecurityPolicy = HtmlContentSecurityPolicy;
            return TypedResults.Text(ProgressReportHtml.Render(progress), "text/html", Encoding.UTF8);
        }, cancellationToken);
}

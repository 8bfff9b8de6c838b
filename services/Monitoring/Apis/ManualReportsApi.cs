using System.Globalization;
using CpPlatform.Monitoring.Data;
using CpPlatform.Monitoring.Domain;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Problems;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CpPlatform.Monitoring.Apis;

public static class ManualReportsApi
{
    public static IEndpointRouteBuilder MapManualReportsApi(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/monitoring/programs/{programId:guid}/indicators/{indicatorId:guid}/reports")
            .WithTags("Reported values")
            .RequireAuthorization(policy => policy.RequireScope(MonitoringScope.Name).RequireKind(MonitoringClients.Readers));

        reports.MapGet("/", ListReports)
            .WithName("ListManualReports")
            .WithSummary("The values reported for an indicator of measure 'manual', by period (a center sees its own; a donor sees no evidence and not who reported).");
        reports.MapPost("/", ReportValue)
            .WithName("ReportManualValue")
            .WithSummary("Report a value with its evidence for a year (2004), quarter (2004-Q2) or month (2004-03) ending within the program, for the program or a center (a center: its own); once per period and center.")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Center, ClientKind.National, ClientKind.Admin));
        return app;
    }

    private static async Task<Results<Ok<List<ManualReportResponse>>, NotFound>> ListReports(
        Guid programId, Guid indicatorId, MonitoringDbContext db, ICurrentClient client, CancellationToken cancellationToken)
    {
        if (await FindIndicatorAsync(db, client, programId, indicatorId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }
        var query = db.ManualReports.AsNoTracking().Where(r => r.IndicatorId == indicatorId);
        if (client.RestrictedToCenter is { } own)
        {
            query = query.Where(r => r.CenterId == own);
        }
        var reports = await query.OrderBy(r => r.LastDay).ThenBy(r => r.Period).ThenBy(r => r.CenterId).ToListAsync(cancellationToken);
        return TypedResults.Ok(reports.Select(r => ManualReportResponse.From(r, client.Kind == ClientKind.Donor)).ToList());
    }

    private static async Task<Results<Created<ManualReportResponse>, ValidationProblem, NotFound>> ReportValue(
        Guid programId, Guid indicatorId, ManualReportRequest request, MonitoringDbContext db, ICurrentClient client, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (await db.FindVisibleProgramAsync(client, programId, cancellationToken) is not { } program)
        {
            return TypedResults.NotFound();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.ShareIndicatorAsync(programId, indicatorId, cancellationToken) is not { } indicator)
        {
            return TypedResults.NotFound();
        }
        if (indicator.Measure != Measures.Manual)
        {
            throw new ConflictException("indicatorId", $"The indicator's measure is {indicator.Measure}, computed from the services' activities: only 'manual' indicators take reported values.");
        }
        var errors = new ValidationErrors();
        var period = ReportedPeriod.Parse(request.Period);
        if (errors.Check(period is not null, "period", $"Required: {ReportedPeriod.Rule}"))
        {
            errors.Check(period!.LastDay >= program.StartsOn && period.LastDay <= program.EndsOn, "period",
                $"A period ending within the program ({Day(program.StartsOn)} to {Day(program.EndsOn)}).");
        }
        var centerId = client.RestrictedToCenter ?? request.CenterId;
        errors.Check(client.RestrictedToCenter is null || request.CenterId is null || request.CenterId == client.RestrictedToCenter, "centerId",
            $"A center reports for itself only ({client.RestrictedToCenter}).");
        errors.Check(centerId is null || program.CenterIds.Contains(centerId), "centerId",
            $"When given: one of the program's centers ({string.Join(", ", program.CenterIds)}).");
        errors.QuantityOrZero(request.Value, "value");
        errors.Check(Text.IsPresent(request.Evidence, 2000), "evidence", "Required: what shows the value (a document, a link), at most 2000 characters.");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        if (await db.ManualReports.AnyAsync(r => r.IndicatorId == indicatorId && r.Period == period!.Text && r.CenterId == centerId, cancellationToken))
        {
            throw PeriodTaken(period!);
        }
        var report = ManualReport.Record(indicatorId, period!, centerId, request.Value!.Value, request.Evidence!.Trim(), client.ClientId, clock.GetUtcNow());
        db.ManualReports.Add(report);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw PeriodTaken(period!);
        }
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/monitoring/programs/{programId}/indicators/{indicatorId}/reports/{report.Id}", ManualReportResponse.From(report, forDonor: false));
    }

    private static async Task<Indicator?> FindIndicatorAsync(
        MonitoringDbContext db, ICurrentClient client, Guid programId, Guid indicatorId, CancellationToken cancellationToken) =>
        await db.FindVisibleProgramAsync(client, programId, cancellationToken) is null
            ? null
            : await IndicatorOfAsync(db, programId, indicatorId, cancellationToken);

    private static Task<Indicator?> IndicatorOfAsync(MonitoringDbContext db, Guid programId, Guid indicatorId, CancellationToken cancellationToken) =>
        db.Indicators.AsNoTracking().SingleOrDefaultAsync(i => i.Id == indicatorId && i.ProgramId == programId, cancellationToken);

    private static ConflictException PeriodTaken(ReportedPeriod period) =>
        new("period", $"A value for {period.Text} is already reported for this indicator and center.");

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

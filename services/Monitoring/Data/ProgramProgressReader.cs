using CpPlatform.Monitoring.Domain;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.ServiceDefaults.Time;

namespace CpPlatform.Monitoring.Data;

/// <summary>
/// Each indicator's lines (<see cref="ProgressScope"/>) and monthly history, counted in one statement per indicator.
/// A center client always reads its own share; "today" is the center's (UTC for the whole program).
/// </summary>
internal sealed class ProgramProgressReader(MonitoringDbContext db, ICurrentClient client, CenterClock clock) : IProgramProgressReader
{
    public async Task<ProgramProgress?> ReadAsync(Guid programId, DateOnly? asOf, string? centerId, int? year, CancellationToken cancellationToken)
    {
        if (await db.FindVisibleProgramAsync(client, programId, cancellationToken) is not { } program)
        {
            return null;
        }
        var center = client.RestrictedToCenter ?? centerId;
        var day = asOf ?? (await clock.AtAsync(center, cancellationToken)).Today;
        var historyDays = ProgressHistory.MonthEnds(program.StartsOn, program.EndsOn, day);
        var indicators = new List<IndicatorProgress>();
        foreach (var indicator in await db.IndicatorsOfAsync(programId, cancellationToken))
        {
            var measure = Measures.Find(indicator.Measure)
                ?? throw new InvalidOperationException($"Indicator {indicator.Id} names the unknown measure {indicator.Measure}.");
            var scopes = ProgressScope.For(program, indicator, center, year);
            var windows = scopes.Select(scope => new ActualWindow(scope.CenterId, scope.From, scope.CountedUntil(day)))
                .Concat(historyDays.Select(end => new ActualWindow(center, program.StartsOn, end)))
                .ToList();
            var actuals = await db.ActualsAsync(program, indicator, measure, windows, cancellationToken);
            var lines = scopes.Select((scope, index) => new TargetProgress(
                    scope.CenterId, scope.Year, scope.Target, actuals[index],
                    ProgressStatusRule.PercentOf(scope.Target, actuals[index]),
                    ProgressStatusRule.Of(scope.Target, actuals[index], scope.From, scope.To, day)))
                .ToList();
            var history = historyDays.Select((end, index) => new ProgressPoint(end, actuals[scopes.Count + index])).ToList();
            indicators.Add(new IndicatorProgress(indicator.Id, indicator.Level, indicator.Ref, indicator.Title, indicator.Measure, measure.Unit,
                indicator.MeansOfVerification, lines, history));
        }
        return new ProgramProgress(program.Summary(), day, center, year, indicators);
    }
}

using CpPlatform.Monitoring.Data;
using CpPlatform.Monitoring.Domain;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CpPlatform.Monitoring.Apis;

/// <summary>The progress endpoint's and the reports' one way to read a program's progress: the same query rules, the same 404s.</summary>
internal static class ProgressQuery
{
    /// <summary>
    /// The progress the client may see as of <paramref name="asOf"/> (default today), answered by <paramref name="answer"/>;
    /// 404 for a program the client may not see or another center's share, 400 naming a query value outside the program.
    /// </summary>
    public static async Task<Results<TAnswer, ValidationProblem, NotFound>> AnswerAsync<TAnswer>(
        Guid id, MonitoringDbContext db, ICurrentClient client, IProgramProgressReader reader, DateOnly? asOf, string? centerId, int? year,
        Func<ProgramProgress, TAnswer> answer, CancellationToken cancellationToken) where TAnswer : IResult
    {
        if (await db.FindVisibleProgramAsync(client, id, cancellationToken) is not { } program
            || client.RestrictedToCenter is { } own && centerId is not null && centerId != own)
        {
            return TypedResults.NotFound();
        }
        var errors = new ValidationErrors();
        errors.FilterDay(asOf, "asOf");
        errors.Check(centerId is null || program.CenterIds.Contains(centerId), "centerId",
            $"When given: one of the program's centers ({string.Join(", ", program.CenterIds)}).");
        errors.Check(year is null || program.Years.Contains(year.Value), "year",
            $"When given: a year of the program ({program.StartsOn.Year} to {program.EndsOn.Year}).");
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        return await reader.ReadAsync(id, asOf, centerId, year, cancellationToken) is { } progress ? answer(progress) : TypedResults.NotFound();
    }
}

using System.Net;
using System.Text.Json;
using CpPlatform.Contracts.Monitoring;
using CpPlatform.TestSupport;

namespace CpPlatform.Monitoring.Tests.Api;

/// <summary>Calls the service as national staff, centers and donors would, and feeds it the activities other services send.</summary>
internal static class ApiClient
{
    public const string Scope = "monitoring";

    /// <summary>The programs of these tests run 2003 to 2005, as the seed program does.</summary>
    public static readonly DateOnly Start = new(2003, 1, 1);
    public static readonly DateOnly End = new(2005, 12, 31);

    public static string NewCenterId() => $"c-{Guid.NewGuid():N}"[..14];

    public static HttpClient AsNational(this MonitoringFactory factory) => factory.CreateClient(TestTokens.National(Scope));

    public static HttpClient AsCenter(this MonitoringFactory factory, string centerId) => factory.CreateClient(TestTokens.Center(centerId, Scope));

    public static HttpClient AsDonor(this MonitoringFactory factory, string donorId) => factory.CreateClient(TestTokens.Donor(donorId, Scope));

    public static object NewProgram(IEnumerable<string> centerIds, string donor = "idb", string? code = null) => new
    {
        code = code ?? $"TC-{Guid.NewGuid():N}"[..16],
        title = "Cleaner production in Mexican SMEs",
        donor,
        startsOn = Start,
        endsOn = End,
        centerIds,
    };

    public static async Task<Guid> CreateProgramAsync(this HttpClient national, object program) =>
        (await national.PostOkAsync("/api/monitoring/programs", program, HttpStatusCode.Created)).GetProperty("id").GetGuid();

    public static object Target(decimal value, string? centerId = null, int? year = null) => new { centerId, year, value };

    public static object NewIndicator(string reference, string measure, object[]? targets = null, object? filter = null, string level = "component") => new
    {
        level,
        @ref = reference,
        title = $"Indicator {reference}",
        measure,
        filter,
        targets = targets ?? [],
        meansOfVerification = "Attendance sheets and the services' records",
    };

    public static async Task<Guid> DefineIndicatorAsync(this HttpClient national, Guid programId, object indicator) =>
        (await national.PostOkAsync($"/api/monitoring/programs/{programId}/indicators", indicator, HttpStatusCode.Created)).GetProperty("id").GetGuid();

    /// <summary>A program over <paramref name="centerIds"/> with one indicator per (ref, measure) pair; returns its id.</summary>
    public static async Task<Guid> ProgramWithAsync(this MonitoringFactory factory, IEnumerable<string> centerIds, params object[] indicators)
    {
        var national = factory.AsNational();
        var programId = await national.CreateProgramAsync(NewProgram(centerIds));
        foreach (var indicator in indicators)
        {
            await national.DefineIndicatorAsync(programId, indicator);
        }
        return programId;
    }

    public static ProgramActivity Activity(
        string activity, string key, DateOnly on, bool counts = true, string? kind = null, string? category = null, string? person = null,
        Guid? enterpriseId = null, string? groupKey = null, decimal? amount = null, bool? meetsSavingsGoal = null, DateOnly? until = null) => new()
    {
        Activity = activity,
        Key = key,
        On = on,
        Until = until,
        Counts = counts,
        Kind = kind,
        Category = category,
        Person = person is null ? null : PersonKey.Of(person),
        EnterpriseId = enterpriseId,
        GroupKey = groupKey,
        Amount = amount,
        MeetsSavingsGoal = meetsSavingsGoal,
    };

    /// <summary>Sends a batch as a producing service would (its outbox publishes it); waits until it is stored.</summary>
    public static async Task RecordAsync(this MonitoringFactory factory, string centerId, params ProgramActivity[] activities) =>
        await factory.RecordAsync(centerId, DateTimeOffset.UtcNow, activities);

    public static async Task RecordAsync(this MonitoringFactory factory, string centerId, DateTimeOffset occurredAt, params ProgramActivity[] activities)
    {
        var messageId = Guid.NewGuid();
        await factory.PublishAsync(new ProgramActivitiesRecorded { CenterId = centerId, OccurredAt = occurredAt, Activities = activities }, messageId);
        await factory.WaitUntilConsumedAsync(messageId);
    }

    public static Task<JsonElement> ProgressAsync(this HttpClient client, Guid programId, string query = "asOf=2005-12-31") =>
        client.GetJsonAsync($"/api/monitoring/programs/{programId}/progress?{query}");

    public static JsonElement Indicator(this JsonElement progress, string reference) =>
        progress.GetProperty("indicators").EnumerateArray().Single(indicator => indicator.GetProperty("ref").GetString() == reference);

    public static JsonElement Line(this JsonElement progress, string reference, string? centerId = null, int? year = null) =>
        progress.Indicator(reference).GetProperty("targets").EnumerateArray().Single(line =>
            Text(line.GetProperty("centerId")) == centerId && (line.GetProperty("year").ValueKind == JsonValueKind.Null ? null : line.GetProperty("year").GetInt32()) == year);

    public static decimal Actual(this JsonElement progress, string reference, string? centerId = null, int? year = null) =>
        progress.Line(reference, centerId, year).GetProperty("actual").GetDecimal();

    private static string? Text(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetString();
}

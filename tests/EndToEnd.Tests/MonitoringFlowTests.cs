using System.Net;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Npgsql;
using static CpPlatform.EndToEnd.Tests.PlatformSteps;

namespace CpPlatform.EndToEnd.Tests;

/// <summary>
/// A donor's program followed live: national staff enter a logframe, two centers hold events, and the program's
/// progress moves with the check-ins, agrees with the events service's own figures, shows each reader what is theirs,
/// renders both reports, and comes back whole when the monitoring service's figures are lost and replayed.
/// </summary>
[Collection(PlatformCollection.Name)]
public class MonitoringFlowTests(PlatformFixture platform)
{
    private static readonly DateOnly ProgramStart = new(DateTime.UtcNow.Year, 1, 1);

    [Fact]
    public async Task Progress_follows_check_ins_through_the_gateway_for_each_reader_and_survives_a_lost_copy()
    {
        var juarez = await CenterAppAsync(platform, "mx-juarez");
        var merida = await CenterAppAsync(platform, "mx-merida");
        var national = await platform.ClientTokenAsync(new { name = "National monitoring", kind = "national" });
        var program = await Json(await platform.SendAsync(HttpMethod.Post, "/api/monitoring/programs", national, new
        {
            code = $"TC-{Guid.NewGuid():N}"[..12], title = "Cleaner production in the north and the south", donor = "idb-e2e",
            startsOn = ProgramStart, endsOn = ProgramStart.AddYears(3).AddDays(-1), centerIds = new[] { "mx-juarez", "mx-merida" },
        }), HttpStatusCode.Created);
        var programPath = $"/api/monitoring/programs/{program.GetProperty("id").GetString()}";
        await Json(await platform.SendAsync(HttpMethod.Post, $"{programPath}/indicators", national, new
        {
            level = "activity", @ref = "A1", title = "People reached by awareness talks", measure = "people-reached",
            meansOfVerification = "Attendance sheets",
            targets = new object[] { new { value = 4 }, new { centerId = "mx-juarez", value = 2 }, new { centerId = "mx-merida", value = 2 } },
        }), HttpStatusCode.Created);

        // Ana attends in both cities: one person reached by the program, one in each center.
        await WalkInsAsync(juarez, "ana@planta.mx", "beto@planta.mx");
        await WalkInsAsync(merida, "ana@planta.mx");

        JsonElement progress = default;
        await WaitUntilAsync(async () =>
        {
            progress = await Json(await platform.SendAsync(HttpMethod.Get, $"{programPath}/progress", national), HttpStatusCode.OK);
            return Actual(progress, "A1", centerId: null) == 2 && Actual(progress, "A1", "mx-merida") == 1;
        });
        Assert.Equal(2, Actual(progress, "A1", "mx-juarez"));
        var total = Line(progress, "A1", centerId: null);
        Assert.Equal(4, total.GetProperty("target").GetDecimal());
        Assert.Equal(50m, total.GetProperty("percentOfTarget").GetDecimal());

        var today = progress.GetProperty("asOf").GetString();
        foreach (var center in new[] { "mx-juarez", "mx-merida" })
        {
            var owned = await Json(await platform.SendAsync(HttpMethod.Get,
                $"/api/events/indicators?from={ProgramStart:yyyy-MM-dd}&to={today}&centerId={center}", national), HttpStatusCode.OK);
            Assert.Equal(owned.GetProperty("distinctPeopleReached").GetDecimal(), Actual(progress, "A1", center));
        }

        var donor = await platform.ClientTokenAsync(new { name = "IDB program officer", kind = "donor", donor = "idb-e2e" });
        var otherDonor = await platform.ClientTokenAsync(new { name = "Another funder", kind = "donor", donor = "wwf-e2e" });
        Assert.Equal(2, Actual(await Json(await platform.SendAsync(HttpMethod.Get, $"{programPath}/progress", donor), HttpStatusCode.OK), "A1", null));
        Assert.Equal(HttpStatusCode.NotFound, (await platform.SendAsync(HttpMethod.Get, $"{programPath}/progress", otherDonor)).StatusCode);
        var meridaView = await Json(await platform.SendAsync(HttpMethod.Get, $"{programPath}/progress", merida), HttpStatusCode.OK);
        Assert.All(Lines(meridaView, "A1"), line => Assert.Equal("mx-merida", line.GetProperty("centerId").GetString()));

        var csv = await platform.SendAsync(HttpMethod.Get, $"{programPath}/report.csv", donor);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("People reached by awareness talks", await csv.Content.ReadAsStringAsync());
        var html = await platform.SendAsync(HttpMethod.Get, $"{programPath}/report.html", donor);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Contains("<svg", await html.Content.ReadAsStringAsync());

        // The monitoring service's copy of the activities is lost; a replay asks the owning services for it again.
        await using (var db = new NpgsqlConnection(await platform.App.GetConnectionStringAsync("monitoring-db")))
        {
            await db.OpenAsync();
            await using var lose = new NpgsqlCommand("DELETE FROM activities", db);
            await lose.ExecuteNonQueryAsync();
        }
        Assert.Equal(0, Actual(await Json(await platform.SendAsync(HttpMethod.Get, $"{programPath}/progress", national), HttpStatusCode.OK), "A1", null));
        await Json(await platform.SendAsync(HttpMethod.Post, "/api/monitoring/replays", national, new { }), HttpStatusCode.Accepted);
        await WaitUntilAsync(async () =>
        {
            var rebuilt = await Json(await platform.SendAsync(HttpMethod.Get, $"{programPath}/progress", national), HttpStatusCode.OK);
            return Actual(rebuilt, "A1", null) == 2 && Actual(rebuilt, "A1", "mx-juarez") == 2 && Actual(rebuilt, "A1", "mx-merida") == 1;
        });
    }

    private async Task WalkInsAsync(string centerToken, params string[] emails)
    {
        var planned = await Json(await platform.SendAsync(HttpMethod.Post, "/api/events", centerToken, new
        {
            title = "Producción más limpia para la maquila", kind = "awareness-talk", sectors = new[] { "automotive" },
            startsAt = DateTimeOffset.UtcNow, endsAt = DateTimeOffset.UtcNow.AddHours(2), venue = "Cámara de comercio",
            capacity = 50, invitationsSent = 80, isPublic = false,
        }), HttpStatusCode.Created);
        foreach (var email in emails)
        {
            await Json(await platform.SendAsync(HttpMethod.Post, $"/api/events/{planned.GetProperty("id").GetString()}/walk-ins", centerToken, new
            {
                name = email.Split('@')[0], email, organisation = "Municipio", category = "government",
            }), HttpStatusCode.Created);
        }
    }

    private static IEnumerable<JsonElement> Lines(JsonElement progress, string indicatorRef) =>
        progress.GetProperty("indicators").EnumerateArray()
            .Single(indicator => indicator.GetProperty("ref").GetString() == indicatorRef)
            .GetProperty("targets").EnumerateArray();

    /// <summary>The line of the whole period for the program (<paramref name="centerId"/> null) or one center.</summary>
    private static JsonElement Line(JsonElement progress, string indicatorRef, string? centerId) =>
        Lines(progress, indicatorRef).Single(line =>
            line.GetProperty("year").ValueKind == JsonValueKind.Null
            && (centerId is null ? line.GetProperty("centerId").ValueKind == JsonValueKind.Null : line.GetProperty("centerId").GetString() == centerId));

    private static decimal Actual(JsonElement progress, string indicatorRef, string? centerId) =>
        Line(progress, indicatorRef, centerId).GetProperty("actual").GetDecimal();
}

using System.Net;
using System.Text.Json;
using static CpPlatform.EndToEnd.Tests.PlatformSteps;

namespace CpPlatform.EndToEnd.Tests;

/// <summary>
/// A company hears about cleaner production at an event: the enterprise's snapshot reaches events by event, its
/// representative registers on the public site, is checked in at the door, and the enterprises service marks it aware.
/// </summary>
[Collection(PlatformCollection.Name)]
public class EventsFlowTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_company_representative_registers_publicly_is_checked_in_and_the_enterprise_becomes_aware()
    {
        var center = await CenterAppAsync(platform, "mx-veracruz");
        var registered = await Json(await platform.SendAsync(HttpMethod.Post, "/api/enterprises", center, new
        {
            legalName = "Lácteos del Sureste", taxId = "LDS-900101-XY1", country = "MX", state = "Tabasco", municipality = "Centro",
            sector = "dairy", employees = 40, annualSalesUsd = 900_000, consents = new { publishResults = true, shareWithBanks = false },
        }), HttpStatusCode.Created);
        var enterpriseId = registered.GetProperty("id").GetString()!;
        var planned = await Json(await platform.SendAsync(HttpMethod.Post, "/api/events", center, new
        {
            title = "Producción más limpia en la industria láctea", kind = "sector-workshop", sectors = new[] { "dairy" },
            startsAt = DateTimeOffset.UtcNow, endsAt = DateTimeOffset.UtcNow.AddHours(4), venue = "Villahermosa",
            capacity = 40, coHosts = new[] { "CANACINTRA Tabasco" }, invitationsSent = 60, isPublic = true,
        }), HttpStatusCode.Created);
        var eventId = planned.GetProperty("id").GetString()!;

        var publicEvents = await Json(await platform.SendAsync(HttpMethod.Get, "/api/public/events?centerId=mx-veracruz", token: null), HttpStatusCode.OK);
        Assert.Contains(publicEvents.GetProperty("items").EnumerateArray(), e => e.GetProperty("id").GetString() == eventId);
        await WaitUntilAsync(async () =>
        {
            // Until the enterprise's registration has reached events, the enterprise id is refused as unknown. The public
            // answer is a neutral receipt: it never tells whose registration exists.
            var response = await platform.SendAsync(HttpMethod.Post, $"/api/public/events/{eventId}/registrations", token: null, new
            {
                name = "Marta Cruz", email = "marta@lacteos.mx", organisation = "Lácteos del Sureste", category = "company", enterpriseId,
            });
            return response.StatusCode == HttpStatusCode.Accepted;
        });
        var registrations = await Json(await platform.SendAsync(HttpMethod.Get, $"/api/events/{eventId}/registrations", center), HttpStatusCode.OK);
        var registration = Assert.Single(registrations.GetProperty("items").EnumerateArray(),
            item => item.GetProperty("email").GetString() == "marta@lacteos.mx");
        Assert.Equal("confirmed", registration.GetProperty("status").GetString());

        var checkedIn = await Json(await platform.SendAsync(HttpMethod.Post,
            $"/api/events/{eventId}/registrations/{registration.GetProperty("id").GetString()}/check-in", center), HttpStatusCode.OK);
        Assert.NotEqual(JsonValueKind.Null, checkedIn.GetProperty("checkedInAt").ValueKind);

        await WaitUntilAsync(async () =>
        {
            var enterprise = await Json(await platform.SendAsync(HttpMethod.Get, $"/api/enterprises/{enterpriseId}", center), HttpStatusCode.OK);
            return enterprise.GetProperty("stage").GetString() == "aware";
        });
        var question = await platform.SendAsync(HttpMethod.Post, "/api/public/questions", token: null, new
        {
            centerId = "mx-veracruz", name = "Marta Cruz", email = "marta@lacteos.mx", question = "¿Cómo aprovechamos el suero?",
        });
        Assert.Equal(HttpStatusCode.Created, question.StatusCode);
    }
}

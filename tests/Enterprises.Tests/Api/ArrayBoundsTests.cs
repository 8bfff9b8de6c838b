using System.Net;
using System.Net.Http.Json;
using CpPlatform.Enterprises.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Enterprises.Tests.Api;

/// <summary>Issue 13: every array in a request body has a maximum and rules for its elements; a breach is a 400 naming the field.</summary>
public class ArrayBoundsTests(EnterprisesFactory factory) : IClassFixture<EnterprisesFactory>
{
    [Fact]
    public async Task A_center_serving_more_regions_than_allowed_is_refused_and_not_registered()
    {
        var centerId = ApiClient.NewCenterId();
        var regions = Enumerable.Range(1, 101).Select(i => $"Region {i}").ToArray();

        var response = await factory.AsNational().PostAsJsonAsync("/api/centers", new { id = centerId, name = "Many regions", country = "MX", regions });

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["regions"], problem.ErrorFields());
        Assert.Equal(["When given: at most 100 regions."], problem.Errors("regions"));
        Assert.False(await ExistsAsync(centerId));
    }

    [Fact]
    public async Task A_repeated_or_blank_region_is_named_by_its_index()
    {
        var centerId = await factory.CreateCenterAsync();

        var response = await factory.AsNational().PutAsJsonAsync($"/api/centers/{centerId}",
            new { name = "Chihuahua", country = "MX", regions = new[] { "Chihuahua", "Sonora", " chihuahua ", "" } });

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["regions[2]", "regions[3]"], problem.ErrorFields());
        Assert.Equal(["Repeats regions[0]."], problem.Errors("regions[2]"));
    }

    [Fact]
    public async Task More_contacts_than_allowed_are_refused()
    {
        var client = factory.AsCenter(await factory.CreateCenterAsync());
        var contacts = Enumerable.Range(1, 21).Select(i => new { name = $"Contact {i}" }).ToArray();

        var response = await client.PostAsJsonAsync("/api/enterprises", WithContacts(contacts), ApiClient.Json);

        Assert.Equal(["When given: at most 20 contacts."], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors("contacts"));
    }

    [Fact]
    public async Task A_null_contact_is_named_by_its_index()
    {
        var client = factory.AsCenter(await factory.CreateCenterAsync());

        var response = await client.PostAsJsonAsync("/api/enterprises", WithContacts([new { name = "Ana Ruiz" }, null]), ApiClient.Json);

        Assert.Equal(["contacts[1]"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    private static Dictionary<string, object?> WithContacts(object?[] contacts) => new()
    {
        ["legalName"] = "Curtidos del Norte", ["taxId"] = $"CDN{Random.Shared.NextInt64(100_000_000_000, 999_999_999_999)}", ["country"] = "MX",
        ["state"] = "Chihuahua", ["municipality"] = "Juárez", ["sector"] = "leather-tanning", ["employees"] = 30, ["annualSalesUsd"] = 1_200_000m,
        ["contacts"] = contacts,
    };

    private async Task<bool> ExistsAsync(string centerId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EnterprisesDbContext>().Centers.AnyAsync(center => center.Id == centerId);
    }
}

using System.Net;
using System.Net.Http.Json;

namespace CpPlatform.Financing.Tests.Api;

/// <summary>Issue 13: every array in a request body has a maximum and rules for its elements; a breach is a 400 naming the field.</summary>
public class ArrayBoundsTests(FinancingFactory factory) : IClassFixture<FinancingFactory>
{
    [Fact]
    public async Task A_facility_for_more_countries_or_purposes_than_allowed_is_refused()
    {
        var response = await factory.AsNational().PostAsJsonAsync("/api/financing/facilities", Facility(
            countries: Enumerable.Range(0, 51).Select(i => $"{(char)('A' + i / 26)}{(char)('A' + i % 26)}").ToArray(),
            purposes: Enumerable.Repeat("cleaner-production", 4).ToArray()), ApiClient.Json);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["eligibleCountries", "eligiblePurposes"], problem.ErrorFields());
        Assert.Equal(["Required: 1 to 50 eligible countries."], problem.Errors("eligibleCountries"));
        Assert.Equal(["When given: 1 to 3 eligible purposes."], problem.Errors("eligiblePurposes"));
    }

    [Fact]
    public async Task A_country_that_is_not_an_iso_code_is_named_by_its_index()
    {
        var response = await factory.AsNational().PostAsJsonAsync("/api/financing/facilities", Facility(countries: ["MX", "Perú"], purposes: null), ApiClient.Json);

        Assert.Equal(["eligibleCountries[1]"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    private static object Facility(string[] countries, string[]? purposes) => new
    {
        bankId = "banco-uno", guarantor = "Donor Agency", maxPortfolio = 1_000_000m, coverageRate = 0.5m, eligibleCountries = countries,
        eligiblePurposes = purposes, placementStart = "2026-01-01", placementEnd = "2026-12-31",
    };
}

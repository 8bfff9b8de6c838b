using System.Net;
using System.Net.Http.Json;
using CpPlatform.Enterprises.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Enterprises.Tests.Api;

/// <summary>
/// Issue 13: money (numeric(18,2)) and baseline quantities (numeric(20,4)) beyond what the columns hold, with more
/// decimals than they keep, or negative, are a 400 naming the field and the rule: never a 500, never rounded.
/// </summary>
public class AmountRangeTests(EnterprisesFactory factory) : IClassFixture<EnterprisesFactory>
{
    private const decimal MaxMoney = 9_999_999_999_999.99m;
    private const decimal MaxQuantity = 9_999_999_999_999_999.9999m;

    [Theory]
    [InlineData("1e20")]
    [InlineData("10000000000000")]
    [InlineData("1200000.001")]
    [InlineData("-0.01")]
    public async Task Annual_sales_out_of_range_or_below_a_cent_are_refused_and_nothing_is_registered(string sales)
    {
        var centerId = await factory.CreateCenterAsync();
        var body = ApiClient.NewEnterprise(annualSalesUsd: Parse(sales));

        var response = await factory.AsCenter(centerId).PostAsJsonAsync("/api/enterprises", body, ApiClient.Json);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["annualSalesUsd"], problem.ErrorFields());
        Assert.Contains("9,999,999,999,999.99 with at most 2 decimals", problem.Errors("annualSalesUsd")[0]);
        Assert.Equal(0, await CountAsync(db => db.Enterprises.IgnoreQueryFilters().CountAsync(e => e.CenterId == centerId)));
    }

    [Fact]
    public async Task An_update_with_sales_beyond_the_range_is_refused_and_changes_nothing()
    {
        var client = factory.AsCenter(await factory.CreateCenterAsync());
        var enterprise = await client.RegisterAsync(ApiClient.NewEnterprise(taxId: null, annualSalesUsd: 300_000m));

        var response = await client.PutAsJsonAsync($"/api/enterprises/{enterprise.Id}", ApiClient.NewEnterprise(annualSalesUsd: 1e20m), ApiClient.Json);

        Assert.Equal(["annualSalesUsd"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        Assert.Equal(300_000m, await CountAsync(db => db.Enterprises.IgnoreQueryFilters().Where(e => e.Id == enterprise.Id).Select(e => e.AnnualSalesUsd).SingleAsync()));
    }

    [Fact]
    public async Task Sales_at_the_maximum_are_kept_exactly()
    {
        var client = factory.AsCenter(await factory.CreateCenterAsync());

        var enterprise = await client.RegisterAsync(ApiClient.NewEnterprise(annualSalesUsd: MaxMoney));

        Assert.Equal(MaxMoney, enterprise.AnnualSalesUsd);
        Assert.Equal(MaxMoney, await CountAsync(db => db.Enterprises.IgnoreQueryFilters().Where(e => e.Id == enterprise.Id).Select(e => e.AnnualSalesUsd).SingleAsync()));
    }

    [Theory]
    [InlineData("1e20")]
    [InlineData("10000000000000000")]
    [InlineData("1000.00001")]
    [InlineData("-1")]
    public async Task A_baseline_quantity_out_of_range_is_refused_naming_each_field_and_nothing_is_recorded(string value)
    {
        var client = factory.AsCenter(await factory.CreateCenterAsync());
        var enterprise = await client.RegisterAsync(ApiClient.NewEnterprise());
        var quantity = Parse(value);

        var response = await client.PostAsJsonAsync($"/api/enterprises/{enterprise.Id}/baselines", new
        {
            periodStart = "2025-01-01", periodEnd = "2025-12-31", energyKwh = quantity, waterM3 = quantity, materialsT = quantity, wasteT = quantity,
            hazardousWasteT = quantity, wastewaterM3 = quantity, emissionsTco2e = quantity, output = new { quantity, unit = "t" },
        }, ApiClient.Json);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(
            ["emissionsTco2e", "energyKwh", "hazardousWasteT", "materialsT", "output.quantity", "wasteT", "wastewaterM3", "waterM3"],
            problem.ErrorFields().Order(StringComparer.Ordinal).ToArray());
        Assert.Contains("9,999,999,999,999,999.9999 with at most 4 decimals", problem.Errors("energyKwh")[0]);
        Assert.Equal(0, await CountAsync(db => db.Baselines.IgnoreQueryFilters().CountAsync(b => b.EnterpriseId == enterprise.Id)));
    }

    [Fact]
    public async Task A_baseline_at_the_maximum_is_kept_exactly()
    {
        var client = factory.AsCenter(await factory.CreateCenterAsync());
        var enterprise = await client.RegisterAsync(ApiClient.NewEnterprise());

        var response = await client.PostAsJsonAsync($"/api/enterprises/{enterprise.Id}/baselines", new
        {
            periodStart = "2025-01-01", periodEnd = "2025-12-31", energyKwh = MaxQuantity, waterM3 = 0.0001m, materialsT = 0m,
            output = new { quantity = MaxQuantity, unit = "t" },
        }, ApiClient.Json);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var energy = await CountAsync(db => db.Baselines.IgnoreQueryFilters()
            .Where(b => b.EnterpriseId == enterprise.Id).Select(b => b.EnergyKwh).SingleAsync());
        Assert.Equal(MaxQuantity, energy);
    }

    [Theory]
    [InlineData("1e20")]
    [InlineData("5000000.005")]
    [InlineData("-1")]
    public async Task A_center_sales_ceiling_out_of_range_is_refused_and_the_center_is_not_created(string ceiling)
    {
        var centerId = ApiClient.NewCenterId();

        var response = await factory.AsNational().PostAsJsonAsync("/api/centers", new
        {
            id = centerId, name = "Center", country = "MX", regions = new[] { "Chihuahua" },
            sizeRule = new { microBelowEmployees = 10, smallBelowEmployees = 50, mediumBelowEmployees = 250, smeBelowAnnualSalesUsd = Parse(ceiling) },
        }, ApiClient.Json);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["sizeRule.smeBelowAnnualSalesUsd"], problem.ErrorFields());
        Assert.Contains("9,999,999,999,999.99 with at most 2 decimals", problem.Errors("sizeRule.smeBelowAnnualSalesUsd")[0]);
        Assert.Equal(0, await CountAsync(db => db.Centers.CountAsync(c => c.Id == centerId)));
    }

    [Fact]
    public async Task Employee_thresholds_beyond_ten_million_are_refused()
    {
        var response = await factory.AsNational().PostAsJsonAsync("/api/centers", new
        {
            id = ApiClient.NewCenterId(), name = "Center", country = "MX",
            sizeRule = new { microBelowEmployees = 10, smallBelowEmployees = 50, mediumBelowEmployees = int.MaxValue, smeBelowAnnualSalesUsd = MaxMoney },
        }, ApiClient.Json);

        Assert.Equal(["sizeRule.mediumBelowEmployees"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    [Fact]
    public async Task A_center_sales_ceiling_at_the_maximum_is_accepted()
    {
        var centerId = await factory.CreateCenterAsync(sizeRule: new
        {
            microBelowEmployees = 10, smallBelowEmployees = 50, mediumBelowEmployees = 10_000_001, smeBelowAnnualSalesUsd = MaxMoney,
        });

        Assert.Equal(MaxMoney, await CountAsync(db => db.Centers.Where(c => c.Id == centerId).Select(c => c.SizeRule.SmeBelowAnnualSalesUsd).SingleAsync()));
    }

    private static decimal Parse(string value) =>
        decimal.Parse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);

    private async Task<T> CountAsync<T>(Func<EnterprisesDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<EnterprisesDbContext>());
    }
}

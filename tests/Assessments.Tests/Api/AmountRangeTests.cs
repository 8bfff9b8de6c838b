using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CpPlatform.Assessments.Data;
using CpPlatform.Assessments.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Assessments.Tests.Api;

/// <summary>
/// Issue 13: an option's money (numeric(18,2)) and measured quantities and reductions (4 decimals, as the enterprise
/// baselines) beyond their range, with more decimals than kept, or negative, are a 400 naming the field and the rule:
/// never a 500, never rounded.
/// </summary>
public class AmountRangeTests(AssessmentsFactory factory) : IClassFixture<AssessmentsFactory>
{
    private const decimal MaxMoney = 9_999_999_999_999.99m;
    private const decimal MaxQuantity = 9_999_999_999_999_999.9999m;

    [Theory]
    [InlineData("1e20", "1e20")]
    [InlineData("10000000000000", "1000")]
    [InlineData("15500.001", "1000")]
    [InlineData("-1", "1000")]
    public async Task Option_amounts_out_of_range_are_refused_naming_each_field_and_no_option_is_added(string money, string reduction)
    {
        var centerId = ApiClient.NewCenterId();
        var projectId = await factory.SelectProjectAsync(centerId);
        var amount = Parse(money);
        var quantity = Parse(reduction);

        var response = await factory.AsCenter(centerId).PostAsJsonAsync($"/api/assessments/projects/{projectId}/options", new
        {
            category = "good-housekeeping", description = "Fix leaking valves", investment = amount, annualSavings = amount,
            reductions = new { energyKwh = quantity, waterM3 = quantity, materialsT = quantity, wasteT = quantity, hazardousWasteT = quantity, emissionsTco2e = quantity },
        }, ApiClient.Json);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        string[] reductions = quantity == 1000m ? [] :
            ["reductions.emissionsTco2e", "reductions.energyKwh", "reductions.hazardousWasteT", "reductions.materialsT", "reductions.wasteT", "reductions.waterM3"];
        Assert.Equal([.. new[] { "annualSavings", "investment" }.Concat(reductions)], problem.ErrorFields().Order(StringComparer.Ordinal).ToArray());
        Assert.Contains("9,999,999,999,999.99 with at most 2 decimals", problem.Errors("investment")[0]);
        Assert.Equal(0, await QueryAsync(db => db.Options.IgnoreQueryFilters().CountAsync(o => o.ProjectId == projectId)));
    }

    [Theory]
    [InlineData("0.00001")]
    [InlineData("-0.5")]
    public async Task A_reduction_with_more_than_four_decimals_or_negative_is_refused(string reduction)
    {
        var centerId = ApiClient.NewCenterId();
        var projectId = await factory.SelectProjectAsync(centerId);

        var response = await factory.AsCenter(centerId).PostAsJsonAsync($"/api/assessments/projects/{projectId}/options", new
        {
            category = "good-housekeeping", description = "Fix leaking valves", investment = 100m, annualSavings = 50m,
            reductions = new { energyKwh = Parse(reduction) },
        }, ApiClient.Json);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["reductions.energyKwh"], problem.ErrorFields());
        Assert.Contains("9,999,999,999,999,999.9999 with at most 4 decimals", problem.Errors("reductions.energyKwh")[0]);
        Assert.Equal(0, await QueryAsync(db => db.Options.IgnoreQueryFilters().CountAsync(o => o.ProjectId == projectId)));
    }

    [Fact]
    public async Task An_option_at_the_maximum_is_kept_exactly_and_so_are_its_implementation_and_verification()
    {
        var centerId = ApiClient.NewCenterId();
        var projectId = await factory.SelectProjectAsync(centerId);
        var client = factory.AsCenter(centerId);

        var optionId = (await client.PostOkAsync($"/api/assessments/projects/{projectId}/options", new
        {
            category = "good-housekeeping", description = "Fix leaking valves", investment = MaxMoney, annualSavings = MaxMoney,
            reductions = new { energyKwh = MaxQuantity, waterM3 = 0.0001m },
        }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await client.ImplementAsync(projectId, optionId, actualInvestment: MaxMoney, verifiedAnnualSavings: MaxMoney);

        var option = await QueryAsync(db => db.Options.IgnoreQueryFilters().SingleAsync(o => o.Id == optionId));
        Assert.Equal((MaxMoney, MaxMoney, MaxMoney, MaxMoney), (option.Investment, option.AnnualSavings, option.ActualInvestment, option.VerifiedAnnualSavings));
        Assert.Equal(MaxQuantity, option.Reductions.EnergyKwh);
    }

    [Theory]
    [InlineData("1e20")]
    [InlineData("4800.005")]
    [InlineData("-1")]
    public async Task An_actual_investment_or_verified_savings_out_of_range_is_refused_and_the_option_is_unchanged(string money)
    {
        var centerId = ApiClient.NewCenterId();
        var projectId = await factory.SelectProjectAsync(centerId);
        var client = factory.AsCenter(centerId);
        var optionId = await client.AddOptionAsync(projectId, investment: 5_000m, annualSavings: 2_000m);
        var option = $"/api/assessments/projects/{projectId}/options/{optionId}";
        await client.PostOkAsync($"{option}/accept", new { });

        var implement = await client.PostAsJsonAsync($"{option}/implement", new { date = "2026-10-01", actualInvestment = Parse(money) }, ApiClient.Json);
        var implementProblem = await implement.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["actualInvestment"], implementProblem.ErrorFields());
        Assert.Contains("with at most 2 decimals", implementProblem.Errors("actualInvestment")[0]);
        Assert.Null(await QueryAsync(db => db.Options.IgnoreQueryFilters().Where(o => o.Id == optionId).Select(o => o.ImplementedOn).SingleAsync()));

        await client.PostOkAsync($"{option}/implement", new { date = "2026-10-01" });
        var verify = await client.PostAsJsonAsync($"{option}/verify", new { verifiedAnnualSavings = Parse(money) }, ApiClient.Json);
        Assert.Equal(["verifiedAnnualSavings"], (await verify.ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        Assert.Null(await QueryAsync(db => db.Options.IgnoreQueryFilters().Where(o => o.Id == optionId).Select(o => o.VerifiedAnnualSavings).SingleAsync()));
    }

    [Theory]
    [InlineData("1e20")]
    [InlineData("10000000000000000")]
    [InlineData("50000.00001")]
    [InlineData("-1")]
    public async Task A_measurement_out_of_range_is_refused_naming_each_field_and_nothing_is_recorded(string value)
    {
        var centerId = ApiClient.NewCenterId();
        var projectId = await factory.SelectProjectAsync(centerId);
        var quantity = Parse(value);

        var response = await factory.AsCenter(centerId).PutAsJsonAsync($"/api/assessments/projects/{projectId}/measurements/baseline", new
        {
            periodStart = "2025-01-01", periodEnd = "2025-12-31", energyKwh = quantity, waterM3 = quantity, materialsT = quantity, wasteT = quantity,
            hazardousWasteT = quantity, wastewaterM3 = quantity, emissionsTco2e = quantity, output = new { quantity, unit = "t leather" },
        }, ApiClient.Json);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(
            ["emissionsTco2e", "energyKwh", "hazardousWasteT", "materialsT", "output.quantity", "wasteT", "wastewaterM3", "waterM3"],
            problem.ErrorFields().Order(StringComparer.Ordinal).ToArray());
        Assert.Contains("9,999,999,999,999,999.9999 with at most 4 decimals", problem.Errors("energyKwh")[0]);
        Assert.Null(await QueryAsync(db => db.Projects.AsNoTracking().IgnoreQueryFilters().Where(p => p.Id == projectId).Select(p => p.Baseline).SingleAsync()));
    }

    [Fact]
    public async Task A_measurement_at_the_maximum_is_kept_exactly()
    {
        var centerId = ApiClient.NewCenterId();
        var projectId = await factory.SelectProjectAsync(centerId);

        var response = await factory.AsCenter(centerId).PutAsJsonAsync($"/api/assessments/projects/{projectId}/measurements/baseline", new
        {
            periodStart = "2025-01-01", periodEnd = "2025-12-31", energyKwh = MaxQuantity, waterM3 = 0.0001m, materialsT = 0m, wasteT = 1m,
            hazardousWasteT = 1m, wastewaterM3 = 1m, emissionsTco2e = 1m, output = new { quantity = MaxQuantity, unit = "t leather" },
        }, ApiClient.Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Measurement? baseline = await QueryAsync(db => db.Projects.AsNoTracking().IgnoreQueryFilters().Where(p => p.Id == projectId).Select(p => p.Baseline).SingleAsync());
        Assert.Equal((MaxQuantity, MaxQuantity), (baseline!.EnergyKwh, baseline.OutputQuantity));
    }

    private static decimal Parse(string value) => decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);

    private async Task<T> QueryAsync<T>(Func<AssessmentsDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AssessmentsDbContext>());
    }
}

using System.Net;
using System.Net.Http.Json;
using CpPlatform.Enterprises.Apis;
using CpPlatform.Enterprises.Data;
using CpPlatform.Enterprises.Domain;
using CpPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Enterprises.Tests.Api;

public class CentersApiTests(EnterprisesFactory factory) : IClassFixture<EnterprisesFactory>
{
    [Fact]
    public async Task Of_two_updates_made_from_one_revision_of_a_center_the_second_is_refused()
    {
        var centerId = await factory.CreateCenterAsync();

        // Both would announce the same revision, and the other services would keep whichever copy reached them first.
        await ConcurrentSaves.AssertTheSecondIsRefusedAsync<EnterprisesDbContext>(factory.Services,
            db => RenameAsync(db, centerId, "Centro Norte"),
            db => RenameAsync(db, centerId, "Centro Sur"));

        await using var scope = factory.Services.CreateAsyncScope();
        var center = await scope.ServiceProvider.GetRequiredService<EnterprisesDbContext>().Centers.AsNoTracking().SingleAsync(c => c.Id == centerId);
        Assert.Equal(("Centro Norte", 2L), (center.Name, center.Revision));
    }

    [Fact]
    public async Task National_staff_register_a_center_with_the_default_size_rule()
    {
        var centerId = await factory.CreateCenterAsync();

        var center = await factory.AsCenter(centerId).GetFromJsonAsync<CenterResponse>($"/api/centers/{centerId}", ApiClient.Json);

        Assert.Equal("MX", center!.Country);
        Assert.Equal("USD", center.ReportingCurrency);
        Assert.Equal(new SizeRuleDto(10, 50, 250, 5_000_000m), center.SizeRule);
    }

    [Fact]
    public async Task An_app_whose_center_was_not_yet_registered_can_register_enterprises_as_soon_as_it_is()
    {
        var centerId = ApiClient.NewCenterId();
        var app = factory.AsCenter(centerId);

        var before = await app.PostAsJsonAsync("/api/enterprises", ApiClient.NewEnterprise(), ApiClient.Json);
        await factory.CreateCenterAsync(centerId);
        var after = await app.PostAsJsonAsync("/api/enterprises", ApiClient.NewEnterprise(), ApiClient.Json);

        Assert.Equal((HttpStatusCode.UnprocessableEntity, HttpStatusCode.Created), (before.StatusCode, after.StatusCode));
    }

    [Fact]
    public async Task A_center_id_is_registered_once()
    {
        var centerId = await factory.CreateCenterAsync();

        var again = await factory.AsNational().PostAsJsonAsync("/api/centers", new { id = centerId, name = "Again", country = "MX" });

        Assert.NotEmpty((await again.ProblemAsync(HttpStatusCode.Conflict)).Errors("id"));
    }

    [Fact]
    public async Task Invalid_centers_are_refused_field_by_field()
    {
        var response = await factory.CreateClient(TestTokens.Admin(ApiClient.Scope)).PostAsJsonAsync("/api/centers", new
        {
            id = "MX Chihuahua",
            name = "",
            country = "XX",
            reportingCurrency = "dollars",
            sizeRule = new { microBelowEmployees = 10, smallBelowEmployees = 5, mediumBelowEmployees = 250, smeBelowAnnualSalesUsd = 5_000_000 },
        });
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.Errors("id"));
        Assert.NotEmpty(problem.Errors("name"));
        Assert.NotEmpty(problem.Errors("country"));
        Assert.NotEmpty(problem.Errors("reportingCurrency"));
        Assert.NotEmpty(problem.Errors("sizeRule.smallBelowEmployees"));
    }

    [Fact]
    public async Task A_new_size_rule_reclassifies_the_centers_enterprises()
    {
        var centerId = await factory.CreateCenterAsync();
        var client = factory.AsCenter(centerId);
        var enterprise = await client.RegisterAsync(ApiClient.NewEnterprise(employees: 40, annualSalesUsd: 2_000_000m));
        Assert.Equal(SizeClass.Small, enterprise.SizeClass);

        var response = await factory.AsNational().PutAsJsonAsync($"/api/centers/{centerId}", new
        {
            name = "Chihuahua",
            country = "MX",
            sizeRule = new { microBelowEmployees = 10, smallBelowEmployees = 30, mediumBelowEmployees = 250, smeBelowAnnualSalesUsd = 1_000_000 },
        });
        var reread = await client.GetFromJsonAsync<EnterpriseResponse>($"/api/enterprises/{enterprise.Id}", ApiClient.Json);
        var center = await client.GetFromJsonAsync<CenterResponse>($"/api/centers/{centerId}", ApiClient.Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SizeClass.Medium, reread!.SizeClass);
        Assert.False(reread.IsSme);
        Assert.Equal(30, center!.SizeRule.SmallBelowEmployees);
    }

    [Fact]
    public async Task An_unknown_center_answers_404()
    {
        var response = await factory.AsNational().GetAsync("/api/centers/nowhere");

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    private static async Task RenameAsync(EnterprisesDbContext db, string centerId, string name)
    {
        var center = await db.Centers.SingleAsync(c => c.Id == centerId);
        center.Name = name;
        center.Revision++;
    }
}

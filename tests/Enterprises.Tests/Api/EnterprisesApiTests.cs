using System.Net;
using System.Net.Http.Json;
using CpPlatform.Enterprises.Apis;
using CpPlatform.Enterprises.Domain;
using CpPlatform.ServiceDefaults.Http;

namespace CpPlatform.Enterprises.Tests.Api;

public class EnterprisesApiTests(EnterprisesFactory factory) : IClassFixture<EnterprisesFactory>
{
    [Fact]
    public async Task A_center_registers_an_enterprise_and_reads_it_back_with_derived_fields()
    {
        var centerId = await factory.CreateCenterAsync();
        var client = factory.AsCenter(centerId);

        var created = await client.RegisterAsync(ApiClient.NewEnterprise(taxId: "cdn-850101 ab1", employees: 9, annualSalesUsd: 300_000m));
        var read = await client.GetFromJsonAsync<EnterpriseResponse>($"/api/enterprises/{created.Id}", ApiClient.Json);

        Assert.NotNull(read);
        Assert.Equal(centerId, read.CenterId);
        Assert.Equal("CDN850101AB1", read.TaxId);
        Assert.Equal(SizeClass.Micro, read.SizeClass);
        Assert.True(read.IsSme);
        Assert.Equal(EngagementStage.Prospect, read.Stage);
        Assert.Equal(Sector.LeatherTanning, read.Sector);
        Assert.Equal("Ana Ruiz", Assert.Single(read.Contacts).Name);
        Assert.True(read.Consents.PublishResults.Granted);
        Assert.Equal($"{centerId}-app", read.Consents.PublishResults.RecordedBy);
        Assert.False(read.Consents.ShareWithBanks.Granted);
    }

    [Fact]
    public async Task Enums_travel_as_kebab_case_ids()
    {
        var centerId = await factory.CreateCenterAsync();
        var client = factory.AsCenter(centerId);
        var created = await client.RegisterAsync(ApiClient.NewEnterprise(sector: "hotels-tourism", employees: 60));

        var json = await client.GetStringAsync($"/api/enterprises/{created.Id}");

        Assert.Contains("\"sector\":\"hotels-tourism\"", json);
        Assert.Contains("\"sizeClass\":\"medium\"", json);
        Assert.Contains("\"stage\":\"prospect\"", json);
    }

    [Fact]
    public async Task An_sme_sells_under_five_million_exactly_five_million_is_not()
    {
        var client = factory.AsCenter(await factory.CreateCenterAsync());

        var below = await client.RegisterAsync(ApiClient.NewEnterprise(annualSalesUsd: 4_999_999.99m));
        var atCeiling = await client.RegisterAsync(ApiClient.NewEnterprise(annualSalesUsd: 5_000_000m));

        Assert.True(below.IsSme);
        Assert.False(atCeiling.IsSme);
    }

    [Fact]
    public async Task An_update_replaces_details_and_recomputes_the_size_class()
    {
        var client = factory.AsCenter(await factory.CreateCenterAsync());
        var created = await client.RegisterAsync(ApiClient.NewEnterprise(employees: 30));

        var response = await client.PutAsJsonAsync($"/api/enterprises/{created.Id}",
            ApiClient.NewEnterprise(taxId: created.TaxId, employees: 300, legalName: "Curtidos del Norte II", shareWithBanks: true), ApiClient.Json);
        var updated = await response.Content.ReadFromJsonAsync<EnterpriseResponse>(ApiClient.Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Curtidos del Norte II", updated!.LegalName);
        Assert.Equal(SizeClass.Large, updated.SizeClass);
        Assert.False(updated.IsSme);
        Assert.True(updated.Consents.ShareWithBanks.Granted);
        Assert.Equal(2, updated.Revision);
    }

    [Fact]
    public async Task Invalid_fields_are_all_named_in_one_problem_response()
    {
        var client = factory.AsCenter(await factory.CreateCenterAsync());

        var response = await client.PostAsJsonAsync("/api/enterprises", new
        {
            legalName = "",
            taxId = "x",
            country = "MEX",
            state = "Chihuahua",
            municipality = "Juárez",
            employees = -1,
            annualSalesUsd = -5,
            contacts = new[] { new { name = "", email = "not-an-email" } },
        });
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["Required."], problem.Errors("legalName"));
        Assert.NotEmpty(problem.Errors("taxId"));
        Assert.NotEmpty(problem.Errors("country"));
        Assert.Contains("leather-tanning", Assert.Single(problem.Errors("sector")));
        Assert.NotEmpty(problem.Errors("employees"));
        Assert.NotEmpty(problem.Errors("annualSalesUsd"));
        Assert.NotEmpty(problem.Errors("contacts[0].name"));
        Assert.NotEmpty(problem.Errors("contacts[0].email"));
    }

    [Fact]
    public async Task An_unknown_sector_or_a_wrongly_typed_number_names_its_field()
    {
        var client = factory.AsCenter(await factory.CreateCenterAsync());

        var badSector = await client.PostAsync("/api/enterprises", JsonContent.Create(new { legalName = "X", sector = "leather" }));
        var badNumber = await client.PostAsync("/api/enterprises", JsonContent.Create(new { legalName = "X", employees = "many" }));

        Assert.NotEmpty((await badSector.ProblemAsync(HttpStatusCode.BadRequest)).Errors("sector"));
        Assert.NotEmpty((await badNumber.ProblemAsync(HttpStatusCode.BadRequest)).Errors("employees"));
    }

    [Fact]
    public async Task A_tax_id_registered_again_in_the_same_country_answers_409_naming_the_field()
    {
        var centerId = await factory.CreateCenterAsync();
        var otherCenterId = await factory.CreateCenterAsync();
        var client = factory.AsCenter(centerId);
        var first = await client.RegisterAsync(ApiClient.NewEnterprise());

        var again = await client.PostAsJsonAsync("/api/enterprises", ApiClient.NewEnterprise(taxId: first.TaxId.ToLowerInvariant()), ApiClient.Json);
        var fromAnotherCenter = await factory.AsCenter(otherCenterId)
            .PostAsJsonAsync("/api/enterprises", ApiClient.NewEnterprise(taxId: first.TaxId), ApiClient.Json);

        Assert.NotEmpty((await again.ProblemAsync(HttpStatusCode.Conflict)).Errors("taxId"));
        Assert.NotEmpty((await fromAnotherCenter.ProblemAsync(HttpStatusCode.Conflict)).Errors("taxId"));
        var page = await factory.AsNational().GetFromJsonAsync<PagedResult<EnterpriseSummary>>($"/api/enterprises?q={first.TaxId}", ApiClient.Json);
        Assert.Single(page!.Items);
    }

    [Fact]
    public async Task An_update_to_another_enterprises_tax_id_answers_409_naming_the_field_and_changes_nothing()
    {
        var client = factory.AsCenter(await factory.CreateCenterAsync());
        var first = await client.RegisterAsync(ApiClient.NewEnterprise());
        var second = await client.RegisterAsync(ApiClient.NewEnterprise(legalName: "Curtiembre Segunda"));

        var update = await client.PutAsJsonAsync($"/api/enterprises/{second.Id}",
            ApiClient.NewEnterprise(taxId: first.TaxId, legalName: "Curtiembre Renombrada"), ApiClient.Json);

        Assert.NotEmpty((await update.ProblemAsync(HttpStatusCode.Conflict)).Errors("taxId"));
        var reread = await client.GetFromJsonAsync<EnterpriseResponse>($"/api/enterprises/{second.Id}", ApiClient.Json);
        Assert.Equal(second.TaxId, reread!.TaxId);
        Assert.Equal("Curtiembre Segunda", reread.LegalName);
    }

    [Fact]
    public async Task Concurrent_registrations_of_one_tax_id_create_exactly_one_enterprise()
    {
        var client = factory.AsCenter(await factory.CreateCenterAsync());
        var body = ApiClient.NewEnterprise();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.PostAsJsonAsync("/api/enterprises", body, ApiClient.Json)));

        Assert.Single(responses, response => response.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(response => response.StatusCode != HttpStatusCode.Created),
            response => Assert.Equal(HttpStatusCode.Conflict, response.StatusCode));
    }

    [Fact]
    public async Task Another_centers_enterprise_answers_404_and_never_appears_in_its_lists()
    {
        var owner = factory.AsCenter(await factory.CreateCenterAsync());
        var otherCenterId = await factory.CreateCenterAsync();
        var other = factory.AsCenter(otherCenterId);
        var enterprise = await owner.RegisterAsync(ApiClient.NewEnterprise(legalName: "Tenería Privada"));

        var read = await other.GetAsync($"/api/enterprises/{enterprise.Id}");
        var update = await other.PutAsJsonAsync($"/api/enterprises/{enterprise.Id}", ApiClient.NewEnterprise(taxId: enterprise.TaxId), ApiClient.Json);
        var baselines = await other.GetAsync($"/api/enterprises/{enterprise.Id}/baselines");
        var search = await other.GetFromJsonAsync<PagedResult<EnterpriseSummary>>("/api/enterprises?q=Privada", ApiClient.Json);

        await read.ProblemAsync(HttpStatusCode.NotFound);
        await update.ProblemAsync(HttpStatusCode.NotFound);
        await baselines.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(search!.Items);
        Assert.Equal(0, search.TotalCount);
        var national = await factory.AsNational().GetAsync($"/api/enterprises/{enterprise.Id}");
        Assert.Equal(HttpStatusCode.OK, national.StatusCode);
    }

    [Fact]
    public async Task Search_filters_and_pages_the_register()
    {
        var centerId = await factory.CreateCenterAsync();
        var client = factory.AsCenter(centerId);
        for (var i = 0; i < 5; i++)
        {
            await client.RegisterAsync(ApiClient.NewEnterprise(legalName: $"Lácteos {i}", sector: "dairy", employees: 20));
        }
        await client.RegisterAsync(ApiClient.NewEnterprise(legalName: "Hotel Sierra", sector: "hotels-tourism", employees: 300));

        var dairyPage = await client.GetFromJsonAsync<PagedResult<EnterpriseSummary>>("/api/enterprises?sector=dairy&page=2&pageSize=2", ApiClient.Json);
        var large = await client.GetFromJsonAsync<PagedResult<EnterpriseSummary>>("/api/enterprises?sizeClass=large&isSme=false", ApiClient.Json);
        var byText = await client.GetFromJsonAsync<PagedResult<EnterpriseSummary>>("/api/enterprises?q=sierra", ApiClient.Json);
        var byStage = await client.GetFromJsonAsync<PagedResult<EnterpriseSummary>>("/api/enterprises?stage=prospect&state=Chihuahua", ApiClient.Json);

        Assert.Equal(5, dairyPage!.TotalCount);
        Assert.Equal(3, dairyPage.TotalPages);
        Assert.Equal(["Lácteos 2", "Lácteos 3"], dairyPage.Items.Select(item => item.LegalName));
        Assert.Equal("Hotel Sierra", Assert.Single(large!.Items).LegalName);
        Assert.Equal("Hotel Sierra", Assert.Single(byText!.Items).LegalName);
        Assert.Equal(6, byStage!.TotalCount);
    }

    [Fact]
    public async Task Bad_search_parameters_answer_400_naming_them()
    {
        var client = factory.AsCenter(await factory.CreateCenterAsync());

        var problem = await (await client.GetAsync("/api/enterprises?sector=shoes&page=0&pageSize=500")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.Errors("sector"));
        Assert.NotEmpty(problem.Errors("page"));
        Assert.NotEmpty(problem.Errors("pageSize"));
    }

    [Fact]
    public async Task A_baseline_is_recorded_with_its_indicators()
    {
        var client = factory.AsCenter(await factory.CreateCenterAsync());
        var enterprise = await client.RegisterAsync(ApiClient.NewEnterprise());
        var baseline = new
        {
            periodStart = "2025-01-01", periodEnd = "2025-12-31", energyKwh = 200_000, waterM3 = 5_000, materialsT = 400, wasteT = 50,
            hazardousWasteT = 2, wastewaterM3 = 4_000, emissionsTco2e = 120, output = new { quantity = 100, unit = "t leather" },
        };

        var created = await client.PostAsJsonAsync($"/api/enterprises/{enterprise.Id}/baselines", baseline);
        var duplicate = await client.PostAsJsonAsync($"/api/enterprises/{enterprise.Id}/baselines", baseline);
        var read = await client.GetFromJsonAsync<EnterpriseResponse>($"/api/enterprises/{enterprise.Id}", ApiClient.Json);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await duplicate.ProblemAsync(HttpStatusCode.Conflict);
        var indicators = Assert.Single(read!.Baselines).Indicators;
        Assert.Equal(0.25m, indicators.ResourceProductivity.OutputPerMaterialsT);
        Assert.Equal(0.0005m, indicators.ResourceProductivity.OutputPerEnergyKwh);
        Assert.Equal(40m, indicators.PollutionIntensity.WastewaterM3PerOutput);
        Assert.Equal(1.2m, indicators.PollutionIntensity.EmissionsTco2ePerOutput);
    }

    [Fact]
    public async Task A_baseline_needs_a_period_in_order_and_a_positive_output()
    {
        var client = factory.AsCenter(await factory.CreateCenterAsync());
        var enterprise = await client.RegisterAsync(ApiClient.NewEnterprise());

        var response = await client.PostAsJsonAsync($"/api/enterprises/{enterprise.Id}/baselines",
            new { periodStart = "2025-12-31", periodEnd = "2025-01-01", energyKwh = -1, output = new { quantity = 0, unit = "t" } });
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.Errors("periodEnd"));
        Assert.NotEmpty(problem.Errors("energyKwh"));
        Assert.NotEmpty(problem.Errors("output.quantity"));
    }

    [Fact]
    public async Task A_center_that_is_not_registered_cannot_keep_a_register()
    {
        var response = await factory.AsCenter("mx-unknown").PostAsJsonAsync("/api/enterprises", ApiClient.NewEnterprise(), ApiClient.Json);

        await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
    }
}

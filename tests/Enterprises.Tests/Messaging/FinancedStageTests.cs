using System.Net.Http.Json;
using System.Text.Json;
using CpPlatform.Contracts.Enterprises;
using CpPlatform.Contracts.Financing;
using CpPlatform.Enterprises.Tests.Api;
using CpPlatform.TestSupport;

namespace CpPlatform.Enterprises.Tests.Messaging;

public class FinancedStageTests(EnterprisesFactory factory) : IClassFixture<EnterprisesFactory>
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_loan_placed_under_coverage_makes_the_enterprise_financed_and_announces_it()
    {
        await using var changes = await EventCollector<EnterpriseStageChanged>.StartAsync(factory.VirtualHost.ConnectionString, "test-stage-financed");
        var centerId = await factory.CreateCenterAsync();
        var client = factory.AsCenter(centerId);
        var enterprise = await client.RegisterAsync(ApiClient.NewEnterprise());

        await factory.PublishAsync(new LoanPlacedUnderCoverage
        {
            CenterId = centerId, OccurredAt = DateTimeOffset.UtcNow, EnterpriseId = enterprise.Id, Country = "MX", TaxId = enterprise.TaxId,
            BankId = "banco-norte", FacilityId = Guid.NewGuid(), LoanId = Guid.NewGuid(), Principal = 120_000m, GuaranteedAmount = 60_000m,
        });

        var financed = await changes.WaitForAsync(m => m.Enterprise.EnterpriseId == enterprise.Id && m.Enterprise.Stage == "financed", Delivery);
        Assert.Equal("prospect", financed.Message.PreviousStage);
        var stored = await client.GetFromJsonAsync<JsonElement>($"/api/enterprises/{enterprise.Id}");
        Assert.Equal("financed", stored.GetProperty("stage").GetString());
    }
}

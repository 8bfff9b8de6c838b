using System.Net;
using CpPlatform.Contracts.Financing;
using CpPlatform.Financing.Tests.Api;
using CpPlatform.TestSupport;

namespace CpPlatform.Financing.Tests.Messaging;

public class EventPublishingTests(FinancingFactory factory) : IClassFixture<FinancingFactory>
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Placement_default_and_claim_are_published_through_the_outbox()
    {
        var vhost = factory.VirtualHost.ConnectionString;
        await using var placed = await EventCollector<LoanPlacedUnderCoverage>.StartAsync(vhost, "test-loan-placed");
        await using var defaulted = await EventCollector<LoanDefaulted>.StartAsync(vhost, "test-loan-defaulted");
        await using var paid = await EventCollector<ClaimPaid>.StartAsync(vhost, "test-claim-paid");
        var bankId = ApiClient.NewBankId();
        var facilityId = await factory.OpenFacilityAsync(bankId);
        var taxId = ApiClient.NewTaxId();
        var enterpriseId = await factory.RegisterBorrowerAsync(taxId);
        var bank = factory.AsBank(bankId);

        var loanId = (await bank.PostOkAsync("/api/financing/loans", ApiClient.Loan(facilityId, taxId, 120_000m, "BN-EV"), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        await bank.PostOkAsync($"/api/financing/loans/{loanId}/reports", new { asOf = ApiClient.Today, outstandingPrincipal = 120_000m, status = "defaulted" }, HttpStatusCode.Created);
        await bank.PostOkAsync($"/api/financing/loans/{loanId}/claims", new { outstandingAtDefault = 120_000m, recoveries = 20_000m }, HttpStatusCode.Created);

        var placement = (await placed.WaitForAsync(m => m.LoanId == loanId, Delivery)).Message;
        Assert.Equal(("mx-chihuahua", enterpriseId, "MX", taxId, bankId, facilityId, 120_000m, 60_000m),
            (placement.CenterId, placement.EnterpriseId, placement.Country, placement.TaxId, placement.BankId, placement.FacilityId, placement.Principal, placement.GuaranteedAmount));
        Assert.Equal(120_000m, (await defaulted.WaitForAsync(m => m.LoanId == loanId, Delivery)).Message.OutstandingPrincipal);
        Assert.Equal(50_000m, (await paid.WaitForAsync(m => m.LoanId == loanId, Delivery)).Message.ClaimAmount);
    }
}

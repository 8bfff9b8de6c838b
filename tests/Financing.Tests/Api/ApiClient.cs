using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpPlatform.Contracts.Enterprises;
using CpPlatform.Financing.Data;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Financing.Tests.Api;

/// <summary>Calls the service the way national staff and a bank's system would, and feeds it enterprise events.</summary>
internal static class ApiClient
{
    public const string Scope = "financing";

    public static readonly JsonSerializerOptions Json = HttpJson.Options;

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static string NewBankId() => $"bank-{Guid.NewGuid():N}"[..20];

    public static string NewTaxId() => $"TX{Guid.NewGuid():N}"[..14].ToUpperInvariant();

    public static HttpClient AsBank(this FinancingFactory factory, string bankId) => factory.CreateClient(TestTokens.Bank(bankId, Scope));

    public static HttpClient AsNational(this FinancingFactory factory) => factory.CreateClient(TestTokens.National(Scope));

    /// <summary>Registers a bank and opens a facility for it (50% coverage, 400,000 per borrower, MX, open today); returns the facility id.</summary>
    public static async Task<Guid> OpenFacilityAsync(this FinancingFactory factory, string bankId, decimal maxPortfolio = 1_000_000m)
    {
        var national = factory.AsNational();
        await national.PostOkAsync("/api/financing/banks", new { id = bankId, name = "Banco del Norte", country = "MX" }, HttpStatusCode.Created);
        var facility = await national.PostOkAsync("/api/financing/facilities", new
        {
            bankId, guarantor = "Donor Agency", currency = "USD", maxPortfolio, coverageRate = 0.5m, maxLoanPerBorrower = 400_000m,
            eligiblePurposes = new[] { "cleaner-production", "energy-efficiency" }, eligibleCountries = new[] { "MX" },
            placementStart = Today.AddDays(-30), placementEnd = Today.AddDays(365), originationFeeRate = 0.01m, utilizationFeeRate = 0.005m,
        }, HttpStatusCode.Created);
        return facility.GetProperty("id").GetGuid();
    }

    /// <summary>Registers an enterprise the way it really arrives: an EnterpriseRegistered event; waits for its snapshot.</summary>
    public static async Task<Guid> RegisterBorrowerAsync(this FinancingFactory factory, string taxId, bool isSme = true, bool shareWithBanks = true)
    {
        var enterpriseId = Guid.NewGuid();
        await factory.PublishAsync(new EnterpriseRegistered
        {
            CenterId = "mx-chihuahua",
            OccurredAt = DateTimeOffset.UtcNow,
            Enterprise = Snapshot(enterpriseId, taxId, isSme: isSme, shareWithBanks: shareWithBanks),
        }, Guid.NewGuid());
        await factory.WaitForSnapshotAsync(enterpriseId, revision: 1);
        return enterpriseId;
    }

    public static EnterpriseSnapshot Snapshot(Guid enterpriseId, string taxId, long revision = 1, bool isSme = true, bool shareWithBanks = true) => new()
    {
        EnterpriseId = enterpriseId,
        Revision = revision,
        LegalName = "Curtidos del Norte",
        Country = "MX",
        TaxId = taxId,
        State = "Chihuahua",
        Sector = "leather-tanning",
        SizeClass = isSme ? "small" : "large",
        IsSme = isSme,
        Consents = new EnterpriseConsents { PublishResults = true, ShareWithBanks = shareWithBanks },
        Stage = "prospect",
    };

    public static async Task WaitForSnapshotAsync(this FinancingFactory factory, Guid enterpriseId, long revision)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FinancingDbContext>();
            if (await db.Borrowers.AnyAsync(b => b.EnterpriseId == enterpriseId && b.Revision == revision))
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, $"The snapshot of {enterpriseId} did not reach revision {revision} within 30 s.");
            await Task.Delay(100);
        }
    }

    public static object Loan(Guid facilityId, string taxId, decimal principal, string bankLoanRef) => new
    {
        facilityId, country = "MX", taxId, principal, disbursedOn = Today, maturityOn = Today.AddYears(3), purpose = "energy-efficiency", bankLoanRef,
    };
}

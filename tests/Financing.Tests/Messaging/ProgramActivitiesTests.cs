using System.Net;
using CpPlatform.Contracts.Enterprises;
using CpPlatform.Contracts.Monitoring;
using CpPlatform.Financing.Tests.Api;

namespace CpPlatform.Financing.Tests.Messaging;

public class ProgramActivitiesTests(FinancingFactory factory) : IClassFixture<FinancingFactory>
{
    [Fact]
    public async Task A_placed_loan_is_published_with_its_fields_once_and_keeps_counting_whatever_the_bank_reports_later()
    {
        await using var log = await ProgramActivityLog.StartAsync(factory, "test-activities-live");
        var bankId = ApiClient.NewBankId();
        var facilityId = await factory.OpenFacilityAsync(bankId);
        var taxId = ApiClient.NewTaxId();
        var enterpriseId = await RegisterBorrowerAsync("mx-tabasco", taxId);
        var bank = factory.AsBank(bankId);
        var disbursedOn = ApiClient.Today.AddDays(-3);
        var request = Loan(facilityId, taxId, 120_000m, "BN-LIVE", disbursedOn);

        var loanId = (await bank.PostOkAsync("/api/financing/loans", request, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await bank.PostOkAsync("/api/financing/loans", request, HttpStatusCode.Created);
        await bank.PostOkAsync($"/api/financing/loans/{loanId}/reports", new { asOf = ApiClient.Today, outstandingPrincipal = 120_000m, status = "defaulted" },
            HttpStatusCode.Created);

        var (centerId, guaranteed) = await log.WaitForAsync(ProgramActivityNames.LoanGuaranteed, loanId);
        Assert.Equal("mx-tabasco", centerId);
        Assert.Equal((disbursedOn, true, "USD", (Guid?)enterpriseId, facilityId.ToString(), (decimal?)60_000m, (string?)null),
            (guaranteed.On, guaranteed.Counts, guaranteed.Kind, guaranteed.EnterpriseId, guaranteed.GroupKey, guaranteed.Amount, guaranteed.Person));
        var latest = (await log.LatestAsync()).Where(entry => entry.Activity.GroupKey == facilityId.ToString()).ToList();
        Assert.Equal(guaranteed, Assert.Single(latest).Activity);
    }

    [Fact]
    public async Task A_replay_request_sends_every_guaranteed_loan_again()
    {
        await using var live = await ProgramActivityLog.StartAsync(factory, "test-activities-before-replay");
        var bankId = ApiClient.NewBankId();
        var facilityId = await factory.OpenFacilityAsync(bankId);
        var bank = factory.AsBank(bankId);
        foreach (var (centerId, principal, daysAgo) in new[] { ("mx-chihuahua", 100_000m, 1), ("mx-tabasco", 80_000.50m, 10), ("mx-tabasco", 50_000m, 0) })
        {
            var taxId = ApiClient.NewTaxId();
            await RegisterBorrowerAsync(centerId, taxId);
            await bank.PostOkAsync("/api/financing/loans", Loan(facilityId, taxId, principal, $"BN-{taxId}", ApiClient.Today.AddDays(-daysAgo)), HttpStatusCode.Created);
        }
        var before = (await live.LatestAsync()).Where(entry => entry.Activity.GroupKey == facilityId.ToString()).ToList();
        Assert.Equal(3, before.Count);

        await using var replayed = await ProgramActivityLog.StartAsync(factory, "test-activities-replayed");
        await factory.PublishAsync(new ProgramActivityReplayRequested
        {
            CenterId = ProgramActivityReplayRequested.AllCenters, OccurredAt = DateTimeOffset.UtcNow, ReplayId = Guid.NewGuid(),
        });

        foreach (var (centerId, activity) in before)
        {
            Assert.Equal(centerId, (await replayed.WaitForAsync(activity.Activity, activity.Key, sent => sent == activity)).CenterId);
        }
        var again = (await replayed.LatestAsync()).Where(entry => entry.Activity.GroupKey == facilityId.ToString());
        Assert.Equal(before.OrderBy(entry => entry.Activity.Key), again.OrderBy(entry => entry.Activity.Key));
    }

    /// <summary>
    /// Counted as monitoring will (On within the period, per center and for all), the activities agree with the loans as
    /// the service keeps them; over all time, with each facility's own count of loans placed and its loans' guaranteed amounts.
    /// </summary>
    [Fact]
    public async Task Counting_the_activities_agrees_with_the_loans_and_the_facility_figures_for_each_center_and_for_all()
    {
        await using var log = await ProgramActivityLog.StartAsync(factory, "test-activities-agreement");
        var (north, south) = ("mx-chihuahua", "mx-tabasco");
        var periodStart = ApiClient.Today.AddDays(-15);
        var periodEnd = ApiClient.Today.AddDays(-5);
        var firstBank = ApiClient.NewBankId();
        var secondBank = ApiClient.NewBankId();
        var facilities = new[] { (Bank: firstBank, Id: await factory.OpenFacilityAsync(firstBank)), (Bank: secondBank, Id: await factory.OpenFacilityAsync(secondBank)) };
        var placed = new List<(string CenterId, Guid LoanId, Guid FacilityId)>();
        foreach (var (centerId, facility, principal, disbursedOn) in new[]
                 {
                     (north, facilities[0], 100_000m, periodStart.AddDays(-1)), (north, facilities[0], 90_000m, periodStart),
                     (north, facilities[1], 33_333.33m, periodEnd), (north, facilities[1], 70_000m, periodEnd.AddDays(1)),
                     (south, facilities[0], 45_000m, periodStart.AddDays(3)), (south, facilities[1], 250_000m, periodStart.AddDays(-10)),
                 })
        {
            var taxId = ApiClient.NewTaxId();
            await RegisterBorrowerAsync(centerId, taxId);
            var loan = await factory.AsBank(facility.Bank).PostOkAsync("/api/financing/loans", Loan(facility.Id, taxId, principal, $"BN-{taxId}", disbursedOn),
                HttpStatusCode.Created);
            placed.Add((centerId, loan.GetProperty("id").GetGuid(), facility.Id));
        }

        var activities = (await log.LatestAsync()).Where(entry => entry.Activity.Counts).ToList();
        var loans = new List<(string CenterId, Guid FacilityId, DateOnly DisbursedOn, decimal GuaranteedAmount)>();
        foreach (var (centerId, loanId, facilityId) in placed)
        {
            var loan = await factory.AsNational().GetJsonAsync($"/api/financing/loans/{loanId}");
            loans.Add((centerId, facilityId, DateOnly.Parse(loan.GetProperty("disbursedOn").GetString()!), loan.GetProperty("guaranteedAmount").GetDecimal()));
        }
        foreach (var centerId in new[] { north, south, null })
        {
            var counted = activities.Where(entry => (centerId is null || entry.CenterId == centerId) && entry.Activity.On >= periodStart && entry.Activity.On <= periodEnd)
                .Select(entry => entry.Activity).ToList();
            var kept = loans.Where(loan => (centerId is null || loan.CenterId == centerId) && loan.DisbursedOn >= periodStart && loan.DisbursedOn <= periodEnd).ToList();
            Assert.Equal(kept.Count, counted.Count);
            Assert.Equal(kept.Sum(loan => loan.GuaranteedAmount), counted.Sum(activity => activity.Amount));
        }
        Assert.Equal(3, activities.Count(entry => entry.Activity.On >= periodStart && entry.Activity.On <= periodEnd));
        foreach (var (_, facilityId) in facilities)
        {
            var figures = await factory.AsNational().GetJsonAsync($"/api/financing/facilities/{facilityId}");
            var ofFacility = activities.Where(entry => entry.Activity.GroupKey == facilityId.ToString()).Select(entry => entry.Activity).ToList();
            Assert.Equal(figures.GetProperty("loans").GetInt32(), ofFacility.Count);
            Assert.Equal(loans.Where(loan => loan.FacilityId == facilityId).Sum(loan => loan.GuaranteedAmount), ofFacility.Sum(activity => activity.Amount));
        }
    }

    private async Task<Guid> RegisterBorrowerAsync(string centerId, string taxId)
    {
        var enterpriseId = Guid.NewGuid();
        await factory.PublishAsync(new EnterpriseRegistered
        {
            CenterId = centerId, OccurredAt = DateTimeOffset.UtcNow, Enterprise = ApiClient.Snapshot(enterpriseId, taxId),
        }, Guid.NewGuid());
        await factory.WaitForSnapshotAsync(enterpriseId, revision: 1);
        return enterpriseId;
    }

    private static object Loan(Guid facilityId, string taxId, decimal principal, string bankLoanRef, DateOnly disbursedOn) => new
    {
        facilityId, country = "MX", taxId, principal, disbursedOn, maturityOn = disbursedOn.AddYears(3), purpose = "energy-efficiency", bankLoanRef,
    };
}

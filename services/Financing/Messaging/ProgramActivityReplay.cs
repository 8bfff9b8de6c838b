using System.Runtime.CompilerServices;
using CpPlatform.Contracts.Monitoring;
using CpPlatform.Financing.Data;
using CpPlatform.ServiceDefaults.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Financing.Messaging;

/// <summary>Sends every guaranteed loan again when the monitoring service asks (its database is new or lost).</summary>
public sealed class ProgramActivityReplay(FinancingDbContext db, ILogger<ProgramActivityReplay> logger)
    : ProgramActivityReplayConsumer<FinancingDbContext>(db, logger)
{
    protected override async IAsyncEnumerable<(string CenterId, ProgramActivity Activity)> ReadAllAsync(
        FinancingDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var loans = from loan in db.Loans.AsNoTracking()
                    join facility in db.Facilities.AsNoTracking() on loan.FacilityId equals facility.Id
                    orderby loan.CenterId, loan.Id
                    select new { Loan = loan, facility.Currency };
        await foreach (var row in loans.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return (row.Loan.CenterId, ProgramActivities.LoanGuaranteed(row.Loan, row.Currency));
        }
    }
}

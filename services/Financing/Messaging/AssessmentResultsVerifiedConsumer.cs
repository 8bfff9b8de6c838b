using CpPlatform.Contracts.Assessments;
using CpPlatform.Financing.Data;
using CpPlatform.Financing.Domain;
using CpPlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Financing.Messaging;

/// <summary>Keeps the newest verified results of each enterprise as the evidence eligibility answers show.</summary>
public sealed class AssessmentResultsVerifiedConsumer(FinancingDbContext db, ILogger<AssessmentResultsVerifiedConsumer> logger)
    : IdempotentConsumer<AssessmentResultsVerified, FinancingDbContext>(db, logger)
{
    protected override async Task HandleAsync(AssessmentResultsVerified message, CancellationToken cancellationToken)
    {
        var evidence = await Db.Evidence.SingleOrDefaultAsync(e => e.EnterpriseId == message.EnterpriseId, cancellationToken);
        if (evidence is null)
        {
            evidence = new VerifiedEvidence { EnterpriseId = message.EnterpriseId };
            Db.Evidence.Add(evidence);
        }
        else if (message.OccurredAt < evidence.VerifiedAt)
        {
            // A verification older than the evidence held arrived late.
            return;
        }

        evidence.AssessmentId = message.ProjectId;
        evidence.Investment = message.Investment;
        evidence.AnnualSavings = message.AnnualSavings;
        evidence.PaybackMonths = message.PaybackMonths;
        evidence.VerifiedAt = message.OccurredAt;
    }
}

using CpPlatform.Contracts.Assessments;
using CpPlatform.ServiceDefaults.Messaging;
using CpPlatform.Training.Data;
using CpPlatform.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Training.Messaging;

/// <summary>Keeps each consultant's best demonstration-project score (by email), which certification requires.</summary>
public sealed class ConsultantScoredConsumer(TrainingDbContext db, ILogger<ConsultantScoredConsumer> logger)
    : IdempotentConsumer<ConsultantScored, TrainingDbContext>(db, logger)
{
    protected override async Task HandleAsync(ConsultantScored message, CancellationToken cancellationToken)
    {
        var email = Person.NormalizeEmail(message.ConsultantEmail);
        var consultant = await Db.ConsultantScores.SingleOrDefaultAsync(score => score.Email == email, cancellationToken);
        if (consultant is null)
        {
            consultant = new ConsultantScore { Email = email };
            Db.ConsultantScores.Add(consultant);
        }
        consultant.Consider(message.Score, message.ProjectId, message.ConsultantName, message.CenterId, message.OccurredAt);
    }
}

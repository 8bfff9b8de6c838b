using CpPlatform.Assessments.Data;
using CpPlatform.Contracts.Enterprises;
using CpPlatform.ServiceDefaults.Messaging;
using CpPlatform.ServiceDefaults.Time;

namespace CpPlatform.Assessments.Messaging;

/// <summary>Keeps the center's time zone: what its specialists record as done is dated on its calendar.</summary>
public sealed class CenterRegisteredConsumer(AssessmentsDbContext db, ILogger<CenterRegisteredConsumer> logger)
    : IdempotentConsumer<CenterRegistered, AssessmentsDbContext>(db, logger)
{
    protected override Task HandleAsync(CenterRegistered message, CancellationToken cancellationToken) =>
        Db.ApplyCenterTimeZoneAsync(message.CenterId, message.Center.TimeZone, message.Center.Revision, cancellationToken);
}

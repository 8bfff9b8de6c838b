using CpPlatform.Contracts.Events;
using CpPlatform.Enterprises.Data;
using CpPlatform.Enterprises.Domain;
using CpPlatform.ServiceDefaults.Messaging;

namespace CpPlatform.Enterprises.Messaging;

/// <summary>Someone attending an event for the enterprise makes it aware of cleaner production.</summary>
public sealed class EventAttendanceRecordedConsumer(EnterprisesDbContext db, TimeProvider clock, ILogger<EventAttendanceRecordedConsumer> logger)
    : IdempotentConsumer<EventAttendanceRecorded, EnterprisesDbContext>(db, logger)
{
    protected override Task HandleAsync(EventAttendanceRecorded message, CancellationToken cancellationToken) =>
        EngagementStageAdvance.AdvanceAsync(Db, message.EnterpriseId, EngagementStage.Aware, clock.GetUtcNow(), logger, cancellationToken);
}

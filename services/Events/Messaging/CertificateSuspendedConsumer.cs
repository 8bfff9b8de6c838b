using CpPlatform.Contracts.Training;
using CpPlatform.Events.Data;
using CpPlatform.ServiceDefaults.Messaging;

namespace CpPlatform.Events.Messaging;

public sealed class CertificateSuspendedConsumer(EventsDbContext db, ILogger<CertificateSuspendedConsumer> logger)
    : IdempotentConsumer<CertificateSuspended, EventsDbContext>(db, logger)
{
    protected override async Task HandleAsync(CertificateSuspended message, CancellationToken cancellationToken) =>
        (await Roster.EntryAsync(Db, message.CertificateNumber, message.ConsultantEmail, cancellationToken)).Suspend(message.OccurredAt);
}

using CpPlatform.Contracts.Training;
using CpPlatform.Events.Data;
using CpPlatform.ServiceDefaults.Messaging;

namespace CpPlatform.Events.Messaging;

public sealed class CertificateRevokedConsumer(EventsDbContext db, ILogger<CertificateRevokedConsumer> logger)
    : IdempotentConsumer<CertificateRevoked, EventsDbContext>(db, logger)
{
    protected override async Task HandleAsync(CertificateRevoked message, CancellationToken cancellationToken) =>
        (await Roster.EntryAsync(Db, message.CertificateNumber, message.ConsultantEmail, cancellationToken)).Revoke(message.OccurredAt);
}

using CpPlatform.Contracts.Training;
using CpPlatform.Events.Data;
using CpPlatform.ServiceDefaults.Messaging;

namespace CpPlatform.Events.Messaging;

/// <summary>A certified (or reinstated) consultant may be given expert questions.</summary>
public sealed class ConsultantCertifiedConsumer(EventsDbContext db, ILogger<ConsultantCertifiedConsumer> logger)
    : IdempotentConsumer<ConsultantCertified, EventsDbContext>(db, logger)
{
    protected override async Task HandleAsync(ConsultantCertified message, CancellationToken cancellationToken)
    {
        var entry = await Roster.EntryAsync(Db, message.CertificateNumber, message.ConsultantEmail, cancellationToken);
        // A message from before centers had time zones: its certificate was judged in UTC.
        var expiresAt = message.ExpiresAt ?? new DateTimeOffset(message.ValidUntil.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        entry.Certify(message.ConsultantName, message.Country.ToUpperInvariant(), message.CenterId, message.ValidUntil, expiresAt, message.OccurredAt);
    }
}

using CpPlatform.Events.Data;
using CpPlatform.Events.Domain;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Events.Messaging;

/// <summary>Finds the roster's entry for a certificate, tracking it from the first message that names it.</summary>
internal static class Roster
{
    public static async Task<CertifiedConsultant> EntryAsync(EventsDbContext db, string certificateNumber, string email, CancellationToken cancellationToken)
    {
        if (await db.Roster.SingleOrDefaultAsync(c => c.CertificateNumber == certificateNumber, cancellationToken) is { } known)
        {
            return known;
        }
        var tracked = CertifiedConsultant.Track(certificateNumber, email);
        db.Roster.Add(tracked);
        return tracked;
    }
}

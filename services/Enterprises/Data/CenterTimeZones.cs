using CpPlatform.ServiceDefaults.Time;

namespace CpPlatform.Enterprises.Data;

/// <summary>Enterprises owns the centers, so a center's zone is read from its own (cached) register.</summary>
public sealed class CenterTimeZones(CenterDirectory directory) : ICenterTimeZones
{
    public async Task<string?> FindAsync(string centerId, CancellationToken cancellationToken) =>
        (await directory.FindAsync(centerId, cancellationToken))?.TimeZone;
}

namespace CpPlatform.ServiceDefaults.Time;

/// <summary>Where a service looks up a center's IANA time zone id: null when it does not know the center (yet).</summary>
public interface ICenterTimeZones
{
    Task<string?> FindAsync(string centerId, CancellationToken cancellationToken);
}

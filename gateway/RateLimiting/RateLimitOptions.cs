namespace CpPlatform.Gateway.RateLimiting;

/// <summary>Requests each client may make per window (configuration section <c>Gateway:RateLimit</c>).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Gateway:RateLimit";

    public int PermitLimit { get; set; } = 600;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Writes an anonymous caller may send to <c>/api/public</c> per window, counted by address, on top of
    /// <see cref="PermitLimit"/>: public registrations and expert questions need no token, so they get a small allowance.
    /// </summary>
    public int AnonymousPublicWritePermitLimit { get; set; } = 10;

    /// <summary>
    /// Token requests per window for one client id and for one address, counted before the secret is checked: on top
    /// of <see cref="PermitLimit"/>, so guessing a secret, or making the gateway check many, is cut short.
    /// </summary>
    public int TokenPermitLimitPerClient { get; set; } = 20;

    public int TokenPermitLimitPerAddress { get; set; } = 60;

    /// <summary>
    /// How long permits an instance reserved from Redis stay spendable in it before it asks again (and gives back what
    /// it did not spend): short, so Redis's count stays close to real use and other instances see it.
    /// </summary>
    public TimeSpan ReservationLease { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// The most permits one instance reserves from Redis at once for a busy caller (batches also never exceed 1/16 of
    /// what is left in the window). 1 turns batching off: one Redis call per request.
    /// </summary>
    public int MaxReservation { get; set; } = 1000;

    /// <summary>Redis key prefix; gateway instances of one deployment share it, and so share the counts.</summary>
    public string KeyPrefix { get; set; } = "gateway:rate-limit";
}

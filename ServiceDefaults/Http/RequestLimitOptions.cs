namespace CpPlatform.ServiceDefaults.Http;

/// <summary>How large a request body may be (<c>RequestLimits__MaxBodyBytes</c>, <c>RequestLimits__MaxPublicBodyBytes</c>).</summary>
public sealed class RequestLimitOptions
{
    public const string Section = "RequestLimits";

    /// <summary>Any request with a token: 1 MiB holds every form and list the APIs take.</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Anonymous writes under <c>/api/public</c> (a registration, a question): 16 KiB.</summary>
    public long MaxPublicBodyBytes { get; set; } = 16 * 1024;
}

namespace CpPlatform.Gateway.Proxy;

/// <summary>A path prefix a service serves; the gateway forwards it unchanged.</summary>
public sealed record ServiceRoute(string Service, string PathPrefix)
{
    public const string PublicPrefix = "/api/public";

    /// <summary>Anonymous data (certificates, case studies, open events) and forms (expert questions, public registration); everything else needs a token.</summary>
    public bool IsPublic => PathPrefix.StartsWith(PublicPrefix + "/", StringComparison.Ordinal);
}

/// <summary>
/// Which service answers which prefix. A service is routed only once its address is configured
/// (<c>services__&lt;name&gt;__http__0</c>), so a new service is that variable plus its lines here.
/// </summary>
public static class ServiceRoutes
{
    public static readonly IReadOnlyList<ServiceRoute> All =
    [
        new("enterprises", "/api/centers"),
        new("enterprises", "/api/enterprises"),
        new("assessments", "/api/assessments"),
        new("training", "/api/training"),
        new("events", "/api/events"),
        new("financing", "/api/financing"),
        new("monitoring", "/api/monitoring"),
        new("assessments", "/api/public/case-studies"),
        new("training", "/api/public/certificates"),
        new("events", "/api/public/events"),
        new("events", "/api/public/questions"),
    ];
}

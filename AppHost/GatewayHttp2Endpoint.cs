namespace CpPlatform.AppHost;

/// <summary>
/// A second endpoint on every service, HTTP/2 without TLS, for the gateway's hop only. Over HTTP/2 the gateway sends
/// many calls on one connection, and on this two-core machine a proxied eligibility answer cost less: 8,735–9,307 req/s
/// through the gateway against 7,523–7,669 over HTTP/1.1, back to back (2026-12-07). Callers other than the gateway
/// (health checks, operators, the benchmark's direct rows) keep the HTTP/1.1 endpoint.
/// </summary>
public static class GatewayHttp2Endpoint
{
    /// <summary>The endpoint's name; the gateway forwards over HTTP/2 to a service that has one (<c>services:&lt;name&gt;:h2c</c>).</summary>
    public const string Name = "h2c";

    /// <summary>
    /// Kestrel takes HTTP/2 without TLS only on an endpoint that takes nothing else, and <c>ASPNETCORE_URLS</c> cannot say
    /// which protocols a URL takes, so both endpoints are given to Kestrel as named endpoints of its own configuration
    /// instead (which would override <c>ASPNETCORE_URLS</c> anyway).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithGatewayHttp2Endpoint(this IResourceBuilder<ProjectResource> project) =>
        project
            .WithHttpEndpoint(name: Name, isProxied: false)
            .WithEndpointsInEnvironment(_ => false)
            .WithEnvironment(context =>
            {
                context.EnvironmentVariables["Kestrel__Endpoints__http__Url"] = project.GetEndpoint("http");
                context.EnvironmentVariables[$"Kestrel__Endpoints__{Name}__Url"] = project.GetEndpoint(Name);
                context.EnvironmentVariables[$"Kestrel__Endpoints__{Name}__Protocols"] = "Http2";
            });
}

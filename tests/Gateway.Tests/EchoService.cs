using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace CpPlatform.Gateway.Tests;

/// <summary>
/// A stand-in for a service behind the gateway, on free loopback ports (one for HTTP/1.1, one for HTTP/2 only, as the
/// AppHost gives every service): it answers every path with what it received (path, query, method, protocol, body and
/// the headers the gateway forwards) and serves its own OpenAPI document.
/// </summary>
public sealed class EchoService : IAsyncDisposable
{
    public const string DocumentTitle = "echo service";

    private readonly WebApplication _app;
    private readonly ListenOptions _http1;
    private readonly ListenOptions _http2;

    private EchoService(WebApplication app, ListenOptions http1, ListenOptions http2) => (_app, _http1, _http2) = (app, http1, http2);

    public string Address => $"http://{_http1.IPEndPoint}";

    /// <summary>The HTTP/2-only endpoint (no TLS), as the gateway's hop uses it.</summary>
    public string Http2Address => $"http://{_http2.IPEndPoint}";

    /// <summary>Path and query of every request that reached the service.</summary>
    public ConcurrentQueue<string> Received { get; } = new();

    public static async Task<EchoService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        ListenOptions http1 = null!, http2 = null!;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0, listen => (http1 = listen).Protocols = HttpProtocols.Http1);
            kestrel.Listen(IPAddress.Loopback, 0, listen => (http2 = listen).Protocols = HttpProtocols.Http2);
        });
        var app = builder.Build();
        var service = new EchoService(app, http1, http2);

        app.MapGet("/openapi/v1.json", () => Results.Json(new { openapi = "3.1.1", info = new { title = DocumentTitle, version = "v1" }, paths = new { } }));
        // A service's own bodiless answer, to check the gateway passes it back untouched.
        app.Map("/api/enterprises/status/{code:int}", (int code) => Results.StatusCode(code));
        app.Map("/{**path}", async (HttpContext context) =>
        {
            var request = context.Request;
            service.Received.Enqueue(request.Path + request.QueryString);
            using var reader = new StreamReader(request.Body);
            return Results.Json(new EchoedRequest(
                request.Method,
                request.Protocol,
                request.Path,
                request.QueryString.Value ?? "",
                await reader.ReadToEndAsync(),
                Header(request, "Authorization"),
                Header(request, "X-Forwarded-For"),
                Header(request, "X-Forwarded-Proto"),
                Header(request, "X-Forwarded-Host"),
                Header(request, "traceparent"),
                Header(request, "X-Request-Id")));
        });
        await app.StartAsync();
        return service;
    }

    private static string? Header(HttpRequest request, string name) =>
        request.Headers.TryGetValue(name, out var values) ? values.ToString() : null;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record EchoedRequest(
    string Method, string Protocol, string Path, string Query, string Body, string? Authorization, string? ForwardedFor, string? ForwardedProto,
    string? ForwardedHost, string? TraceParent, string? RequestId);

using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CpPlatform.Gateway.Tests;

/// <summary>
/// A stand-in for a service behind the gateway, on a free loopback port: it answers every path with what it received
/// (path, query, method, body and the headers the gateway forwards) and serves its own OpenAPI document.
/// </summary>
public sealed class EchoService : IAsyncDisposable
{
    public const string DocumentTitle = "echo service";

    private readonly WebApplication _app;

    private EchoService(WebApplication app) => _app = app;

    public string Address => _app.Urls.Single();

    /// <summary>Path and query of every request that reached the service.</summary>
    public ConcurrentQueue<string> Received { get; } = new();

    public static async Task<EchoService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        var service = new EchoService(app);

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
    string Method, string Path, string Query, string Body, string? Authorization, string? ForwardedFor, string? ForwardedProto,
    string? ForwardedHost, string? TraceParent, string? RequestId);

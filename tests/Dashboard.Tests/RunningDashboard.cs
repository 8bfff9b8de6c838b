using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CpPlatform.Dashboard.Persistence;
using CpPlatform.Dashboard.Resources;
using CpPlatform.Dashboard.Storage;

namespace CpPlatform.Dashboard.Tests;

/// <summary>A dashboard on a free loopback port, as the AppHost runs it, with a client logged in by token.</summary>
public sealed class RunningDashboard : IAsyncDisposable
{
    public const string ApiKey = "test-otlp-key";
    public const string Token = "test-login-token";

    private readonly FixedResourceCatalog? _ownCatalog;

    private RunningDashboard(DashboardServer server, FixedResourceCatalog? ownCatalog)
    {
        Server = server;
        _ownCatalog = ownCatalog;
        Api = new HttpClient { BaseAddress = server.OtlpEndpoint };
        Api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
    }

    public DashboardServer Server { get; }
    public HttpClient Api { get; }

    /// <summary>The OTLP exporter's headers setting, as the AppHost gives it to services.</summary>
    public static string ExporterHeaders => $"{DashboardOptions.OtlpApiKeyHeader}={ApiKey}";

    public static async Task<RunningDashboard> StartAsync(TelemetryLimits? limits = null, string? telemetryDirectory = null, IResourceCatalog? catalog = null)
    {
        var options = new DashboardOptions
        {
            Port = 0,
            Token = Token,
            OtlpApiKey = ApiKey,
            TelemetryDirectory = telemetryDirectory,
            Limits = limits ?? new TelemetryLimits(),
        };
        var ownCatalog = catalog is null ? new FixedResourceCatalog() : null;
        return new RunningDashboard(await DashboardServer.StartAsync(options, catalog ?? ownCatalog!, CancellationToken.None), ownCatalog);
    }

    public Uri Signal(string name) => new(Server.OtlpEndpoint, $"/v1/{name}");

    public async Task<JsonElement> GetAsync(string path)
    {
        using var response = await Api.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task<T> GetAsync<T>(string path) =>
        (await Api.GetFromJsonAsync<T>(path, TelemetryJson.Options))!;

    /// <summary>Asks until <paramref name="arrived"/> holds (a batch exporter may still be on its way).</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> arrived)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var value = await read();
            if (arrived(value))
            {
                return value;
            }
            Assert.True(DateTime.UtcNow < deadline, "The telemetry did not arrive within 10 s.");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await Server.DisposeAsync();
        _ownCatalog?.Dispose();
    }
}

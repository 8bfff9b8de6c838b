using System.Net;
using CpPlatform.Dashboard.Api;
using CpPlatform.Dashboard.Otlp;
using CpPlatform.Dashboard.Pages;
using CpPlatform.Dashboard.Persistence;
using CpPlatform.Dashboard.Resources;
using CpPlatform.Dashboard.Security;
using CpPlatform.Dashboard.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CpPlatform.Dashboard;

/// <summary>
/// The ops dashboard on a loopback port: the OTLP receiver the services export to, the JSON API and the pages.
/// Telemetry kept by an earlier run is loaded before the first export is accepted.
/// </summary>
public sealed class DashboardServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DashboardServer(WebApplication app, TelemetryStores telemetry, DashboardOptions options)
    {
        _app = app;
        Telemetry = telemetry;
        Options = options;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = new Uri($"http://localhost:{new Uri(address).Port}");
    }

    public Uri Url { get; }

    /// <summary>Where services send OTLP: the loopback address, so no name resolution is involved.</summary>
    public Uri OtlpEndpoint => new($"http://127.0.0.1:{Url.Port}");

    /// <summary>Opening this link logs the browser in (the cookie keeps it logged in).</summary>
    public Uri LoginUrl => new(Url, $"/login?t={Uri.EscapeDataString(Options.Token)}");

    public DashboardOptions Options { get; }
    public TelemetryStores Telemetry { get; }

    public static async Task<DashboardServer> StartAsync(DashboardOptions options, IResourceCatalog catalog, CancellationToken cancellationToken)
    {
        var telemetry = new TelemetryStores(options.Limits, options.TelemetryDirectory);
        await telemetry.RestoreAsync(cancellationToken);
        var startedAt = DateTimeOffset.UtcNow;

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            if (options.Port == 0)
            {
                kestrel.Listen(IPAddress.Loopback, 0);
            }
            else
            {
                kestrel.ListenLocalhost(options.Port);
            }
        });
        builder.Services.Configure<JsonOptions>(json => TelemetryJson.Configure(json.SerializerOptions));
        builder.Services.AddSingleton(options);
        builder.Services.AddProblemDetails();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDashboardLogin(options);
        app.MapDashboardLogin(options);
        app.MapOtlpReceiver(telemetry, startedAt);
        app.MapResourcesApi(catalog);
        app.MapTelemetryApi(telemetry);
        app.MapExportApi(telemetry);
        app.MapStaticPages();
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            await telemetry.DisposeAsync();
            throw;
        }
        return new DashboardServer(app, telemetry, options);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Telemetry.DisposeAsync();
    }
}

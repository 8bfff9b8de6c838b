using System.Net;
using System.Net.Sockets;

namespace CpPlatform.AppHost;

/// <summary>
/// The addresses people type (the gateway, the dashboard) have fixed defaults; when one is taken by something else on
/// the machine, the platform starts on a free port instead (the start-up report says which). An address given
/// explicitly is used as it is.
/// </summary>
public static class LocalPorts
{
    private const int DefaultGatewayPort = 8080;
    private const int DefaultDashboardPort = 18888;
    private const int DefaultDashboardOtlpPort = 18889;

    public static int GatewayPort(this IDistributedApplicationBuilder builder) =>
        int.TryParse(builder.Configuration["CP_GATEWAY_PORT"], out var port) ? port : PreferredOrFree(DefaultGatewayPort);

    /// <summary>
    /// The dashboard on loopback over plain http (no trusted development certificate can exist here), when no launch
    /// profile or environment said otherwise.
    /// </summary>
    public static void UseLocalDashboardDefaults(this IDistributedApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        configuration["ASPNETCORE_URLS"] ??= $"http://localhost:{PreferredOrFree(DefaultDashboardPort)}";
        if (configuration["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] is null && configuration["DOTNET_DASHBOARD_OTLP_ENDPOINT_URL"] is null)
        {
            configuration["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://localhost:{PreferredOrFree(DefaultDashboardOtlpPort)}";
        }
        configuration["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] ??= "true";
    }

    private static int PreferredOrFree(int preferred)
    {
        try
        {
            return Listen(preferred);
        }
        catch (SocketException)
        {
            return Listen(0);
        }
    }

    private static int Listen(int port)
    {
        using var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

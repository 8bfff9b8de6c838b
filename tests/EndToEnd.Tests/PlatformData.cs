using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CpPlatform.EndToEnd.Tests;

/// <summary>
/// A data folder of the platform's own for a test (never a developer's <c>.cpdata</c>), with what the AppHost wrote into
/// it on the first run. The test servers' connection strings in the environment are cleared, so the AppHost starts its
/// own servers as it does for an operator.
/// </summary>
public sealed class PlatformData : IDisposable
{
    private PlatformData(string directory) => Directory = directory;

    public string Directory { get; }

    public static PlatformData CreateTemporary() => new(System.IO.Directory.CreateTempSubdirectory("cp-e2e-").FullName);

    /// <summary>
    /// The key every platform of this test run gives its dashboard and its projects for OTLP. Some full runs saw the
    /// shared platform's dashboard refuse every export for a key that did not match (about 10 a second, from its start),
    /// so no trace ever arrived; the sender was not found. With one key for the run, telemetry a test waits for is
    /// never refused for its key.
    /// </summary>
    private static readonly string OtlpApiKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    /// <summary>The AppHost's settings (command-line form) for this folder, with servers of its own.</summary>
    public IEnumerable<string> AppHostSettings() =>
    [
        $"CP_DATA_DIR={Directory}", $"CP_GATEWAY_PORT={GatewayPort}",
        "ConnectionStrings:postgres=", "ConnectionStrings:messaging=", "ConnectionStrings:cache=",
        $"AppHost:OtlpApiKey={OtlpApiKey}",
    ];

    /// <summary>A free port rather than the default 8080, which a developer's platform may hold.</summary>
    public int GatewayPort { get; } = FreePort();

    public async Task<string> AdminTokenAsync(HttpClient gateway)
    {
        var credentials = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Directory, "admin-client.json"))).RootElement;
        return await TokenAsync(gateway, credentials.GetProperty("client_id").GetString()!, credentials.GetProperty("client_secret").GetString()!);
    }

    /// <summary>OAuth2 client credentials with HTTP Basic, as most client libraries send them.</summary>
    public static async Task<string> TokenAsync(HttpClient gateway, string clientId, string clientSecret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}")));
        using var response = await gateway.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /connect/token answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Removes the folder and, as root, PostgreSQL's files, which eng/servers.sh keeps outside it (where the postgres
    /// user can reach them) and records in <c>servers/postgres.location</c>.
    /// </summary>
    public void Dispose()
    {
        var location = Path.Combine(Directory, "servers", "postgres.location");
        if (File.Exists(location))
        {
            var postgresRoot = File.ReadAllText(location).Trim();
            if (postgresRoot.StartsWith("/var/tmp/cp-platform-", StringComparison.Ordinal))
            {
                TryDelete(Path.GetDirectoryName(postgresRoot)!);
            }
        }
        TryDelete(Directory);
    }

    private static void TryDelete(string directory)
    {
        try
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A file another user owns may linger a moment; the temp folders are cleaned with the machine.
        }
    }
}

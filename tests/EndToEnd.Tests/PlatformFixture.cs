using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.Testing;

namespace CpPlatform.EndToEnd.Tests;

/// <summary>
/// The real AppHost booted once for a test collection through Aspire.Hosting.Testing, with the Aspire dashboard on and
/// a data folder of its own, used the way its clients use it: through the gateway only.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    public static readonly string[] Resources =
        ["postgres", "messaging-epmd", "messaging", "cache", "enterprises", "assessments", "financing", "training", "events", "monitoring", "gateway"];

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);
    private const string InstallHint = "Are the servers installed? Run: eng/servers.sh install";
    private DistributedApplication? _app;
    private (string Token, DateTime RenewAt)? _adminToken;

    public PlatformData Data { get; } = PlatformData.CreateTemporary();
    /// <summary>The dashboard's address with its login credential, as the AppHost prints it for an operator.</summary>
    public Uri DashboardLoginUrl { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public DistributedApplication App => _app ?? throw new InvalidOperationException("The platform is not running.");

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            new DistributedApplicationTestingBuilderOptions { EnableDashboard = true }, [.. Data.AppHostSettings()]);
        _app = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            await _app.StartAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            var states = string.Join(", ", Resources.Select(resource => $"{resource}: {StateOf(resource)}"));
            throw new TimeoutException($"The AppHost did not start within {StartTimeout} ({states}). {InstallHint}");
        }
        foreach (var resource in Resources)
        {
            await WaitHealthyAsync(resource, timeout.Token);
        }
        DashboardLoginUrl = await _app.GetDashboardUrlAsync(timeout.Token);
        await WarmUpAsync(timeout.Token);
        Http = _app.CreateHttpClient("gateway");
        // A hang guard, not a latency goal: the suite runs the other test projects beside this one on two cores.
        Http.Timeout = TimeSpan.FromSeconds(60);
    }

    /// <summary>
    /// The first token request runs OpenIddict's whole pipeline unjitted and took over 30 seconds on a loaded CI machine;
    /// it is part of starting, so it gets the start's budget rather than a request's.
    /// </summary>
    private async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        using var gateway = App.CreateHttpClient("gateway");
        gateway.Timeout = Timeout.InfiniteTimeSpan;
        var token = await Data.AdminTokenAsync(gateway).WaitAsync(cancellationToken);
        _adminToken = (token, DateTime.UtcNow.AddMinutes(5));
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Data.Dispose();
    }

    /// <summary>
    /// A token for the bootstrap admin, whose credentials the first run wrote for the operator. Kept for five minutes of its
    /// ten, as a client keeps its token: the flows sharing this platform would otherwise pass the token endpoint's 20
    /// requests a minute for one client.
    /// </summary>
    public async Task<string> AdminTokenAsync()
    {
        if (_adminToken is { } held && DateTime.UtcNow < held.RenewAt)
        {
            return held.Token;
        }
        var token = await Data.AdminTokenAsync(Http);
        _adminToken = (token, DateTime.UtcNow.AddMinutes(5));
        return token;
    }

    public Task<string> TokenAsync(string clientId, string clientSecret) => PlatformData.TokenAsync(Http, clientId, clientSecret);

    /// <summary>The admin creates an API client; its token is returned.</summary>
    public async Task<string> ClientTokenAsync(object client)
    {
        var created = await SendAsync(HttpMethod.Post, "/admin/clients", await AdminTokenAsync(), client);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(created.IsSuccessStatusCode, $"POST /admin/clients answered {(int)created.StatusCode}: {body}");
        return await TokenAsync(body.GetProperty("clientId").GetString()!, body.GetProperty("clientSecret").GetString()!);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        return await Http.SendAsync(request);
    }

    private async Task WaitHealthyAsync(string resource, CancellationToken cancellationToken)
    {
        try
        {
            await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{resource} was not healthy within {StartTimeout} (state: {StateOf(resource)}). {InstallHint}");
        }
    }

    private string StateOf(string resource) => App.ResourceNotifications.TryGetCurrentState(resource, out var current)
        ? $"{current.Snapshot.State?.Text}, health {current.Snapshot.HealthStatus}"
        : "unknown";
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CpPlatform.EndToEnd.Tests;

/// <summary>One running platform for a test class, used the way its clients use it: through the gateway only.</summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    public AppHostProcess AppHost { get; private set; } = null!;
    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public async Task InitializeAsync()
    {
        AppHost = await AppHostProcess.StartAsync();
        Http.BaseAddress = AppHost.GatewayUrl;
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await AppHost.DisposeAsync();
    }

    public Task<string> AdminTokenAsync() => AppHost.AdminTokenAsync();

    public Task<string> TokenAsync(string clientId, string clientSecret) => AppHost.TokenAsync(clientId, clientSecret);

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
}

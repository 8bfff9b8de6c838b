using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace CpPlatform.TestSupport;

/// <summary>A RabbitMQ virtual host made for one test fixture, so tests never see each other's messages.</summary>
public sealed class TestVirtualHost : IAsyncDisposable
{
    private readonly HttpClient _management;

    private TestVirtualHost(string name, HttpClient management, Uri broker)
    {
        Name = name;
        _management = management;
        ConnectionString = new UriBuilder(broker) { Path = "/" + name }.Uri.ToString();
    }

    public string Name { get; }

    /// <summary>An <c>amqp://</c> address that opens this virtual host.</summary>
    public string ConnectionString { get; }

    public static Task<TestVirtualHost> CreateAsync(string prefix) =>
        CreateAsync(prefix, TestServers.RabbitManagement, TestServers.Messaging);

    public static async Task<TestVirtualHost> CreateAsync(string prefix, Uri management, Uri broker)
    {
        var name = $"{prefix}-{Guid.NewGuid():N}";
        var client = new HttpClient { BaseAddress = management, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("guest:guest")));
        try
        {
            (await client.PutAsJsonAsync($"/api/vhosts/{name}", new { })).EnsureSuccessStatusCode();
            (await client.PutAsJsonAsync($"/api/permissions/{name}/guest", new { configure = ".*", write = ".*", read = ".*" })).EnsureSuccessStatusCode();
        }
        catch (HttpRequestException exception)
        {
            client.Dispose();
            throw new InvalidOperationException(
                $"RabbitMQ's management API is not reachable at {management} ({exception.Message}). {TestServers.StartHint}", exception);
        }
        return new TestVirtualHost(name, client, broker);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _management.DeleteAsync($"/api/vhosts/{Name}");
        }
        catch (HttpRequestException)
        {
            // The broker is already gone (a test stopped it): nothing is left to clean.
        }
        _management.Dispose();
    }
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CpPlatform.Gateway.Benchmark;

/// <summary>Makes the data the benchmark reads, through the gateway as a platform admin and a center would.</summary>
internal sealed class PlatformSetup(HttpClient http, Uri gateway)
{
    public async Task<string> TokenAsync(string clientId, string clientSecret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(gateway, "/connect/token"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = clientId,
                ["client_secret"] = clientSecret,
            }),
        };
        using var response = await http.SendAsync(request);
        var body = await Ensure(response).Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("access_token").GetString()!;
    }

    /// <summary>Creates an API client as the admin and returns a token for it.</summary>
    public async Task<string> CreateClientAsync(string adminToken, object client)
    {
        var created = await PostAsync(adminToken, "/admin/clients", client);
        return await TokenAsync(created.GetProperty("clientId").GetString()!, created.GetProperty("clientSecret").GetString()!);
    }

    public async Task<Guid> RegisterEnterpriseAsync(string centerToken)
    {
        var enterprise = await PostAsync(centerToken, "/api/enterprises", new
        {
            legalName = "Benchmark Tannery",
            taxId = $"BENCH{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}",
            country = "MX",
            state = "Chihuahua",
            municipality = "Juárez",
            sector = "leather-tanning",
            employees = 30,
            annualSalesUsd = 1_200_000,
        });
        return enterprise.GetProperty("id").GetGuid();
    }

    public async Task<JsonElement> PostAsync(string token, string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(gateway, path)) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        return await Ensure(response).Content.ReadFromJsonAsync<JsonElement>();
    }

    private static HttpResponseMessage Ensure(HttpResponseMessage response) => response.IsSuccessStatusCode
        ? response
        : throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered " +
                                              $"{(int)response.StatusCode}: {response.Content.ReadAsStringAsync().Result}");
}

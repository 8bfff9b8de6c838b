using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CpPlatform.ServiceDefaults.Http;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CpPlatform.Gateway.Tests;

/// <summary>A client registered through the admin API, with the secret it was shown once.</summary>
public sealed record RegisteredClient(string ClientId, string Secret, JsonElement Body);

/// <summary>Calls the gateway the way an OAuth2 client, an admin or a center app would.</summary>
internal static class GatewayApi
{
    public static readonly JsonSerializerOptions Json = HttpJson.Options;

    public static Task<HttpResponseMessage> RequestTokenAsync(
        this HttpClient http, string clientId, string secret, string? scope = null, bool basic = true, string grantType = "client_credentials")
    {
        var form = new Dictionary<string, string> { ["grant_type"] = grantType };
        if (scope is not null)
        {
            form["scope"] = scope;
        }
        var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token");
        if (basic)
        {
            var credentials = $"{Uri.EscapeDataString(clientId)}:{Uri.EscapeDataString(secret)}";
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        }
        else
        {
            form["client_id"] = clientId;
            form["client_secret"] = secret;
        }
        request.Content = new FormUrlEncodedContent(form);
        return http.SendAsync(request);
    }

    public static async Task<string> TokenAsync(this GatewayFactory factory, string clientId, string secret, string? scope = null)
    {
        var response = await factory.CreateClient().RequestTokenAsync(clientId, secret, scope);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"The token endpoint answered {(int)response.StatusCode}: {body}");
        return body.GetProperty("access_token").GetString()!;
    }

    /// <summary>The gateway's discovery document and the JWKS it names, fetched through the gateway as services do.</summary>
    public static Task<OpenIdConnectConfiguration> DiscoverAsync(this GatewayFactory factory)
    {
        var http = factory.CreateClient();
        return OpenIdConnectConfigurationRetriever.GetAsync(
            new Uri(http.BaseAddress!, "/.well-known/openid-configuration").ToString(),
            new HttpDocumentRetriever(http) { RequireHttps = false },
            CancellationToken.None);
    }

    public static Task<string> AdminTokenAsync(this GatewayFactory factory) =>
        factory.TokenAsync(GatewayFactory.AdminClientId, factory.AdminSecret);

    /// <summary>Registers a client as the bootstrap admin.</summary>
    public static async Task<RegisteredClient> RegisterClientAsync(this GatewayFactory factory, object client)
    {
        var response = await factory.CreateClient(await factory.AdminTokenAsync()).PostAsJsonAsync("/admin/clients", client, Json);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST /admin/clients answered {(int)response.StatusCode}: {body}");
        return new RegisteredClient(body.GetProperty("clientId").GetString()!, body.GetProperty("clientSecret").GetString()!, body);
    }

    public static Task<RegisteredClient> RegisterCenterAsync(this GatewayFactory factory, string centerId = "mx-chihuahua") =>
        factory.RegisterClientAsync(new { name = $"{centerId} app", kind = "center", centerId });

    /// <summary>The RFC 6749 error code of a token endpoint answer, after checking its status.</summary>
    public static async Task<string> OAuthErrorAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("error_description").GetString()));
        return body.GetProperty("error").GetString()!;
    }

    public static async Task<EchoedRequest> EchoAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected the service's echo, got {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<EchoedRequest>(body, JsonSerializerOptions.Web)!;
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpPlatform.ServiceDefaults.Http;
using Xunit;

namespace CpPlatform.TestSupport;

/// <summary>Calls a service's JSON API as its clients do, failing with the answer's body when the status is not the expected one.</summary>
public static class HttpJson
{
    /// <summary>The services' own JSON conventions (web defaults, kebab-case enum values).</summary>
    public static readonly JsonSerializerOptions Options = CreateOptions();

    public static async Task<JsonElement> PostOkAsync(this HttpClient client, string url, object? body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PostAsJsonAsync(url, body, Options);
        Assert.True(expected == response.StatusCode, $"{url}: expected {expected}, got {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> PutOkAsync(this HttpClient client, string url, object body)
    {
        var response = await client.PutAsJsonAsync(url, body, Options);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>An RFC 9457 problem with the expected status.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.True(expected == response.StatusCode, $"expected {expected}, got {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The rules a validation or conflict problem lists for <paramref name="field"/>.</summary>
    public static string[] Errors(this JsonElement problem, string field) =>
        problem.GetProperty("errors").TryGetProperty(field, out var rules)
            ? rules.EnumerateArray().Select(rule => rule.GetString()!).ToArray()
            : [];

    /// <summary>The fields a validation problem names, in order.</summary>
    public static string[] ErrorFields(this JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().Select(field => field.Name).Order(StringComparer.Ordinal).ToArray();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        JsonConventions.Apply(options);
        return options;
    }
}

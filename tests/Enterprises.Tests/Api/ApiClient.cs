using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpPlatform.Enterprises.Apis;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.TestSupport;

namespace CpPlatform.Enterprises.Tests.Api;

/// <summary>Calls the service the way a center app, national staff or an admin would.</summary>
internal static class ApiClient
{
    public const string Scope = "enterprises";

    public static readonly JsonSerializerOptions Json = HttpJson.Options;

    public static string NewCenterId() => $"mx-test-{Guid.NewGuid():N}"[..20];

    public static HttpClient AsCenter(this EnterprisesFactory factory, string centerId) =>
        factory.CreateClient(TestTokens.Center(centerId, Scope));

    public static HttpClient AsNational(this EnterprisesFactory factory) => factory.CreateClient(TestTokens.National(Scope));

    /// <summary>Registers a center through the API, as national staff.</summary>
    public static async Task<string> CreateCenterAsync(this EnterprisesFactory factory, string? id = null, object? sizeRule = null)
    {
        var centerId = id ?? NewCenterId();
        var response = await factory.AsNational().PostAsJsonAsync("/api/centers",
            new { id = centerId, name = $"Center {centerId}", country = "MX", regions = new[] { "Chihuahua" }, sizeRule }, Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return centerId;
    }

    public static object NewEnterprise(string? taxId = null, int employees = 30, decimal annualSalesUsd = 1_200_000m,
        string sector = "leather-tanning", string legalName = "Curtidos del Norte", bool publishResults = true, bool shareWithBanks = false) => new
    {
        legalName,
        taxId = taxId ?? $"CDN{Random.Shared.NextInt64(100_000_000_000, 999_999_999_999)}",
        country = "MX",
        state = "Chihuahua",
        municipality = "Juárez",
        watershed = "Río Bravo",
        sector,
        subsector = "finishing",
        employees,
        annualSalesUsd,
        contacts = new[] { new { name = "Ana Ruiz", role = "plant manager", email = "ana@cdn.mx", phone = "+52 656 000 0000" } },
        consents = new { publishResults, shareWithBanks },
    };

    public static async Task<EnterpriseResponse> RegisterAsync(this HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/enterprises", body, Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<EnterpriseResponse>(Json))!;
    }
}

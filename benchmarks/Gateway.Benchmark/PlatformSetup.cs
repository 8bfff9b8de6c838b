using System.Diagnostics;
using System.Net;
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

    /// <summary>
    /// A center with one enterprise; the calls are that enterprise read back by its center's app and the center's
    /// list filtered by sector and size, as center apps read all day.
    /// </summary>
    public async Task<IReadOnlyList<BenchmarkTarget>> EnterpriseReadsAsync(string adminToken)
    {
        var (centerToken, enterpriseId, _) = await RegisteredEnterpriseAsync(adminToken);
        return
        [
            new("enterprise", "enterprises", HttpMethod.Get, $"/api/enterprises/{enterpriseId}", 200, null, centerToken),
            new("enterprises-list", "enterprises", HttpMethod.Get, "/api/enterprises?sector=leather-tanning&isSme=true", 200, null, centerToken),
        ];
    }

    /// <summary>
    /// The public certificate check, anonymous. Issuing a real certificate takes a course, attendance, an exam and a
    /// scored project, so the benchmark checks a number that was never issued: the same query, answered 404.
    /// </summary>
    public static BenchmarkTarget CertificateCheck() =>
        new("certificate", "training", HttpMethod.Get, "/api/public/certificates/CP-MX-1999-00001", 404, null, null);

    /// <summary>
    /// A bank with a facility and a registered borrower that shares with banks; the call is the bank's eligibility
    /// question. The borrower's snapshot reaches financing by event, so setup waits until the answer is eligible.
    /// </summary>
    public async Task<BenchmarkTarget> EligibilityQuestionAsync(string adminToken)
    {
        var (_, _, taxId) = await RegisteredEnterpriseAsync(adminToken);
        var national = await CreateClientAsync(adminToken, new { name = "bench national", kind = "national" });
        var bankId = $"bench-bank-{Guid.NewGuid():N}"[..18];
        await PostAsync(national, "/api/financing/banks", new { id = bankId, name = "Benchmark bank", country = "MX" });
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var facility = await PostAsync(national, "/api/financing/facilities", new
        {
            bankId, guarantor = "Benchmark guarantor", currency = "USD", maxPortfolio = 10_000_000, coverageRate = 0.5,
            maxLoanPerBorrower = 400_000, eligiblePurposes = new[] { "energy-efficiency" }, eligibleCountries = new[] { "MX" },
            placementStart = today.AddDays(-1), placementEnd = today.AddYears(1), originationFeeRate = 0.01, utilizationFeeRate = 0.005,
        });
        var bank = await CreateClientAsync(adminToken, new { name = "bench bank", kind = "bank", bankId });
        var question = new { country = "MX", taxId, amount = 150_000, purpose = "energy-efficiency", facilityId = facility.GetProperty("id").GetString() };
        for (var attempt = 0; !(await PostAsync(bank, "/api/financing/eligibility", question)).GetProperty("eligible").GetBoolean(); attempt++)
        {
            if (attempt > 120)
            {
                throw new InvalidOperationException("The borrower never became eligible: did its snapshot reach financing?");
            }
            await Task.Delay(250);
        }
        return new BenchmarkTarget("eligibility", "financing", HttpMethod.Post, "/api/financing/eligibility", 200, question, bank);
    }

    private async Task<(string CenterToken, Guid EnterpriseId, string TaxId)> RegisteredEnterpriseAsync(string adminToken)
    {
        var center = await CenterAppAsync(adminToken);
        var taxId = $"BENCH{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}";
        var enterprise = await PostAsync(center, "/api/enterprises", EnterpriseRegistration(taxId));
        return (center, enterprise.GetProperty("id").GetGuid(), taxId);
    }

    /// <summary>
    /// The portfolio of a center with 10,000 demonstration projects and 100,000 options, read by the center's own app
    /// (its dashboard's call; national staff naming the center run the same query). The projects are seeded once per
    /// data folder; every run checks one answer against the seed's figures, so the fast answer is also the right one.
    /// </summary>
    public async Task<BenchmarkTarget> PortfolioReadAsync(string adminToken, string assessmentsConnectionString)
    {
        var national = await CreateClientAsync(adminToken, new { name = "bench national", kind = "national" });
        if (await FindAsync(national, $"/api/centers/{SeededPortfolio.CenterId}") is null)
        {
            await PostAsync(national, "/api/centers", new { id = SeededPortfolio.CenterId, name = "Benchmark portfolio center", country = "MX" });
        }
        var center = await CreateClientAsync(adminToken, new { name = "bench portfolio center", kind = "center", centerId = SeededPortfolio.CenterId });
        var started = Stopwatch.GetTimestamp();
        var seeded = await PortfolioSeeder.SeedOnceAsync(assessmentsConnectionString);
        Console.WriteLine(seeded
            ? $"portfolio: seeded {SeededPortfolio.ProjectCount:N0} projects with {SeededPortfolio.ProjectCount * SeededPortfolio.OptionsPerProject:N0} options in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s"
            : $"portfolio: {SeededPortfolio.ProjectCount:N0} projects seeded by an earlier run");
        const string path = "/api/assessments/portfolio";
        PortfolioCheck.Verify(await GetAsync(center, path));
        foreach (var project in PortfolioCheck.ProjectsToReadBack)
        {
            PortfolioCheck.VerifyProject(await GetAsync(center, $"/api/assessments/projects/{SeededPortfolio.Id(2, project)}"));
        }
        return new BenchmarkTarget("portfolio", "assessments", HttpMethod.Get, path, 200, null, center);
    }

    public async Task<JsonElement> GetAsync(string token, string path) =>
        await FindAsync(token, path) ?? throw new InvalidOperationException($"GET {path} answered 404.");

    /// <summary>The answer to a GET, or null when it is 404.</summary>
    private async Task<JsonElement?> FindAsync(string token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(gateway, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await Ensure(response).Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A new center, registered by a national client, and a token for that center's app.</summary>
    public async Task<string> CenterAppAsync(string adminToken)
    {
        var centerId = $"bench-{Guid.NewGuid():N}"[..14];
        var national = await CreateClientAsync(adminToken, new { name = "bench national", kind = "national" });
        await PostAsync(national, "/api/centers", new { id = centerId, name = "Benchmark center", country = "MX" });
        return await CreateClientAsync(adminToken, new { name = "bench center", kind = "center", centerId });
    }

    /// <summary>The body of <c>POST /api/enterprises</c>: a small tannery that shares with banks (so financing keeps it).</summary>
    public static object EnterpriseRegistration(string taxId) => new
    {
        legalName = "Benchmark Tannery",
        taxId,
        country = "MX",
        state = "Chihuahua",
        municipality = "Juárez",
        sector = "leather-tanning",
        employees = 30,
        annualSalesUsd = 1_200_000,
        consents = new { publishResults = true, shareWithBanks = true },
    };

    public async Task<JsonElement> PostAsync(string token, string path, object body)
    {
        using var response = await SendPostAsync(token, path, body);
        return await Ensure(response).Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The answer whatever its status (the caller judges it).</summary>
    public async Task<HttpResponseMessage> SendPostAsync(string token, string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(gateway, path)) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request);
    }

    private static HttpResponseMessage Ensure(HttpResponseMessage response) => response.IsSuccessStatusCode
        ? response
        : throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered " +
                                              $"{(int)response.StatusCode}: {response.Content.ReadAsStringAsync().Result}");
}

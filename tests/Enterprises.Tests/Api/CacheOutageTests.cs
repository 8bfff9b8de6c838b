using System.Net;
using System.Net.Http.Json;
using CpPlatform.Enterprises.Apis;
using CpPlatform.TestSupport;

namespace CpPlatform.Enterprises.Tests.Api;

/// <summary>The service is given a Redis address where nothing listens.</summary>
public class NoCacheFactory : EnterprisesFactory
{
    protected override string CacheConnectionString { get; } = TestServers.UnreachableCache();
}

public class CacheOutageTests(NoCacheFactory factory) : IClassFixture<NoCacheFactory>
{
    [Fact]
    public async Task Without_redis_the_service_still_answers_uncached_and_health_says_why()
    {
        var centerId = await factory.CreateCenterAsync();
        var client = factory.AsCenter(centerId);

        var enterprise = await client.RegisterAsync(ApiClient.NewEnterprise());
        var center = await client.GetFromJsonAsync<CenterResponse>($"/api/centers/{centerId}", ApiClient.Json);
        var health = await factory.CreateClient(TestTokens.Admin()).GetAsync("/health");

        Assert.Equal(centerId, enterprise.CenterId);
        Assert.Equal(centerId, center!.Id);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("\"name\":\"cache\",\"status\":\"Unhealthy\"", await health.Content.ReadAsStringAsync());
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace CpPlatform.TestSupport;

public static class HealthWaits
{
    /// <summary>
    /// The broker and Redis connect in the background after start-up, so a service's first <c>/health</c> may rightly
    /// say it is not ready yet; this asks until it is healthy (at most 30 s) and returns the report.
    /// </summary>
    public static async Task<JsonElement> WaitUntilHealthyAsync(this HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var response = await client.GetAsync("/health");
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (response.StatusCode == HttpStatusCode.OK || DateTime.UtcNow > deadline)
            {
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"/health stayed unhealthy: {body}");
                Assert.Equal("Healthy", body.GetProperty("status").GetString());
                return body;
            }
            await Task.Delay(250);
        }
    }
}

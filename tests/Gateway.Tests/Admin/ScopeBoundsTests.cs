using System.Net;
using System.Net.Http.Json;

namespace CpPlatform.Gateway.Tests.Admin;

/// <summary>Issue 13: a client's scopes are a bounded array of known scopes; a breach is a 400 naming the field or the element.</summary>
public class ScopeBoundsTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task More_scopes_than_there_are_services_are_refused()
    {
        var admin = factory.CreateClient(await factory.AdminTokenAsync());

        var response = await admin.PostAsJsonAsync("/admin/clients", new { name = "Reader", kind = "national", scopes = Enumerable.Repeat("training", 7) });

        Assert.Equal(["When given: at most 6 scopes."], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors("scopes"));
    }

    [Fact]
    public async Task An_unknown_scope_is_named_by_its_index()
    {
        var admin = factory.CreateClient(await factory.AdminTokenAsync());

        var response = await admin.PostAsJsonAsync("/admin/clients", new { name = "Reader", kind = "national", scopes = new[] { "training", "everything" } });

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["scopes[1]"], problem.ErrorFields());
        Assert.Equal(["One of: enterprises, assessments, training, events, financing, monitoring."], problem.Errors("scopes[1]"));
    }
}

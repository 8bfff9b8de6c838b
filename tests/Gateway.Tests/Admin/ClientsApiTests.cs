using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CpPlatform.Gateway.Tests.Admin;

public class ClientsApiTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task Center_bank_and_national_clients_are_forbidden_and_anonymous_callers_unauthorized()
    {
        var center = await factory.RegisterCenterAsync();
        var bank = await factory.RegisterClientAsync(new { name = "Banco Uno", kind = "bank", bankId = "banco-uno" });
        var national = await factory.RegisterClientAsync(new { name = "National program", kind = "national" });
        var body = new { name = "Sneaky", kind = "admin" };

        foreach (var client in new[] { center, bank, national })
        {
            var token = await factory.TokenAsync(client.ClientId, client.Secret);
            var http = factory.CreateClient(token);
            await (await http.PostAsJsonAsync("/admin/clients", body)).ProblemAsync(HttpStatusCode.Forbidden);
            await (await http.GetAsync("/admin/clients")).ProblemAsync(HttpStatusCode.Forbidden);
            await (await http.PostAsync($"/admin/clients/{client.ClientId}/secret", null)).ProblemAsync(HttpStatusCode.Forbidden);
        }
        await (await factory.CreateClient(token: null).GetAsync("/admin/clients")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_admin_registers_a_client_and_sees_its_secret_once()
    {
        var admin = factory.CreateClient(await factory.AdminTokenAsync());

        var response = await admin.PostAsJsonAsync("/admin/clients", new { name = "Chihuahua App", kind = "center", centerId = "mx-chihuahua" });

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var clientId = body.GetProperty("clientId").GetString()!;
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/admin/clients/{clientId}", response.Headers.Location?.OriginalString);
        Assert.Matches("^chihuahua-app-[a-z0-9]{8}$", clientId);
        Assert.True(body.GetProperty("clientSecret").GetString()!.Length >= 43);
        Assert.Equal("Chihuahua App", body.GetProperty("name").GetString());
        Assert.Equal("center", body.GetProperty("kind").GetString());
        Assert.Equal("mx-chihuahua", body.GetProperty("centerId").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("bankId").ValueKind);
        Assert.True(body.TryGetProperty("createdAt", out _));

        var reread = await admin.GetFromJsonAsync<JsonElement>($"/admin/clients/{clientId}");
        Assert.Equal(clientId, reread.GetProperty("clientId").GetString());
        Assert.False(reread.TryGetProperty("clientSecret", out _));
    }

    [Theory]
    [InlineData("center", "enterprises assessments training events monitoring")]
    [InlineData("bank", "financing")]
    [InlineData("national", "enterprises assessments training events financing monitoring")]
    [InlineData("admin", "enterprises assessments training events financing monitoring")]
    [InlineData("donor", "monitoring")]
    public async Task Each_kind_gets_its_default_scopes_when_none_are_named(string kind, string scopes)
    {
        var client = await factory.RegisterClientAsync(new
        {
            name = $"A {kind}",
            kind,
            centerId = kind == "center" ? "mx-chihuahua" : null,
            bankId = kind == "bank" ? "banco-uno" : null,
            donor = kind == "donor" ? "idb" : null,
        });

        Assert.Equal(scopes.Split(' '), client.Body.GetProperty("scopes").EnumerateArray().Select(scope => scope.GetString()));
    }

    [Fact]
    public async Task Named_scopes_replace_the_defaults()
    {
        var client = await factory.RegisterClientAsync(new { name = "Reader", kind = "national", scopes = new[] { "training", "enterprises" } });

        Assert.Equal(["enterprises", "training"], client.Body.GetProperty("scopes").EnumerateArray().Select(scope => scope.GetString()));
    }

    [Fact]
    public async Task Invalid_registrations_are_refused_field_by_field()
    {
        var admin = factory.CreateClient(await factory.AdminTokenAsync());

        var empty = await (await admin.PostAsJsonAsync("/admin/clients", new { })).ProblemAsync(HttpStatusCode.BadRequest);
        var centerWithoutCenter = await (await admin.PostAsJsonAsync("/admin/clients",
            new { name = "No center", kind = "center", bankId = "banco-uno", scopes = new[] { "enterprises", "everything" } })).ProblemAsync(HttpStatusCode.BadRequest);
        var bankWithoutBank = await (await admin.PostAsJsonAsync("/admin/clients",
            new { name = "No bank", kind = "bank", centerId = "mx-chihuahua" })).ProblemAsync(HttpStatusCode.BadRequest);
        var unknownKind = await (await admin.PostAsJsonAsync("/admin/clients",
            new { name = "Who", kind = "superuser", centerId = "Not A Slug" })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(empty.Errors("name"));
        Assert.NotEmpty(empty.Errors("kind"));
        Assert.NotEmpty(centerWithoutCenter.Errors("centerId"));
        Assert.NotEmpty(centerWithoutCenter.Errors("bankId"));
        Assert.NotEmpty(centerWithoutCenter.Errors("scopes[1]"));
        Assert.NotEmpty(bankWithoutBank.Errors("bankId"));
        Assert.NotEmpty(bankWithoutBank.Errors("centerId"));
        Assert.NotEmpty(unknownKind.Errors("kind"));
        Assert.Empty(unknownKind.Errors("name"));
    }

    [Fact]
    public async Task An_admin_registers_a_donor_client_with_its_donor_id()
    {
        var donor = await factory.RegisterClientAsync(new { name = "Inter-American Development Bank", kind = "donor", donor = "idb" });
        var admin = factory.CreateClient(await factory.AdminTokenAsync());

        var reread = await admin.GetFromJsonAsync<JsonElement>($"/admin/clients/{donor.ClientId}");

        foreach (var body in new[] { donor.Body, reread })
        {
            Assert.Equal("donor", body.GetProperty("kind").GetString());
            Assert.Equal("idb", body.GetProperty("donor").GetString());
            Assert.Equal(["monitoring"], body.GetProperty("scopes").EnumerateArray().Select(scope => scope.GetString()));
            Assert.Equal(JsonValueKind.Null, body.GetProperty("centerId").ValueKind);
            Assert.Equal(JsonValueKind.Null, body.GetProperty("bankId").ValueKind);
        }
    }

    [Fact]
    public async Task A_donor_needs_its_donor_id_and_may_have_only_monitoring_which_banks_may_not_have()
    {
        var admin = factory.CreateClient(await factory.AdminTokenAsync());

        var withoutDonor = await (await admin.PostAsJsonAsync("/admin/clients",
            new { name = "IDB", kind = "donor", centerId = "mx-chihuahua" })).ProblemAsync(HttpStatusCode.BadRequest);
        var notASlug = await (await admin.PostAsJsonAsync("/admin/clients",
            new { name = "IDB", kind = "donor", donor = "Inter-American Bank" })).ProblemAsync(HttpStatusCode.BadRequest);
        var donorWithMore = await (await admin.PostAsJsonAsync("/admin/clients",
            new { name = "IDB", kind = "donor", donor = "idb", scopes = new[] { "monitoring", "enterprises" } })).ProblemAsync(HttpStatusCode.BadRequest);
        var centerWithDonor = await (await admin.PostAsJsonAsync("/admin/clients",
            new { name = "Chihuahua", kind = "center", centerId = "mx-chihuahua", donor = "idb" })).ProblemAsync(HttpStatusCode.BadRequest);
        var bankWithMonitoring = await (await admin.PostAsJsonAsync("/admin/clients",
            new { name = "Banco Uno", kind = "bank", bankId = "banco-uno", scopes = new[] { "monitoring" } })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["centerId", "donor"], withoutDonor.ErrorFields());
        Assert.Equal(["Required for donor clients."], withoutDonor.Errors("donor"));
        Assert.Equal(["donor"], notASlug.ErrorFields());
        Assert.Equal(["scopes[1]"], donorWithMore.ErrorFields());
        Assert.Equal(["A donor client may have only: monitoring."], donorWithMore.Errors("scopes[1]"));
        Assert.Equal(["Only donor clients belong to a donor."], centerWithDonor.Errors("donor"));
        Assert.Equal(["A bank client may have only: enterprises, assessments, training, events, financing."], bankWithMonitoring.Errors("scopes[0]"));
    }

    [Fact]
    public async Task The_list_is_paged_filterable_by_kind_and_never_shows_secrets()
    {
        var bank = await factory.RegisterClientAsync(new { name = "Banco Listado", kind = "bank", bankId = "banco-listado" });
        var admin = factory.CreateClient(await factory.AdminTokenAsync());

        var response = await admin.GetAsync("/admin/clients?kind=bank&pageSize=100");
        var raw = await response.Content.ReadAsStringAsync();
        var page = JsonSerializer.Deserialize<JsonElement>(raw);
        var items = page.GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(items, item => item.GetProperty("clientId").GetString() == bank.ClientId);
        Assert.All(items, item => Assert.Equal("bank", item.GetProperty("kind").GetString()));
        Assert.All(items, item => Assert.False(item.TryGetProperty("clientSecret", out _)));
        Assert.DoesNotContain(bank.Secret, raw);
        Assert.DoesNotContain("pbkdf2", raw);
        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.True(page.GetProperty("totalCount").GetInt32() >= 1);
        await (await admin.GetAsync("/admin/clients?pageSize=1000")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Revoking_marks_the_client_and_a_revoked_client_gets_no_new_secret()
    {
        var center = await factory.RegisterCenterAsync();
        var admin = factory.CreateClient(await factory.AdminTokenAsync());

        var revoked = await admin.PostAsync($"/admin/clients/{center.ClientId}/revoke", null);
        var rotation = await admin.PostAsync($"/admin/clients/{center.ClientId}/secret", null);

        var body = await revoked.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(JsonValueKind.String, body.GetProperty("revokedAt").ValueKind);
        await rotation.ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_unknown_client_answers_404()
    {
        var admin = factory.CreateClient(await factory.AdminTokenAsync());

        await (await admin.GetAsync("/admin/clients/nobody")).ProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PostAsync("/admin/clients/nobody/secret", null)).ProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PostAsync("/admin/clients/nobody/revoke", null)).ProblemAsync(HttpStatusCode.NotFound);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpPlatform.Gateway.Data;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CpPlatform.Gateway.Tests;

public class InfrastructureTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task Start_up_applies_every_committed_migration_to_an_empty_database()
    {
        factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();

        var applied = await db.Database.GetAppliedMigrationsAsync();

        Assert.Equal(db.Database.GetMigrations(), applied);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Health_reports_database_and_cache_and_alive_answers()
    {
        var client = factory.CreateClient(factory.MintToken(ClientKind.Admin, "platform-admin"));

        var body = await client.WaitUntilHealthyAsync();
        var alive = await client.GetAsync("/alive");

        var checks = body.GetProperty("checks").EnumerateArray().Select(check => check.GetProperty("name").GetString()).ToList();
        Assert.Contains("gateway-db", checks);
        Assert.Contains("cache", checks);
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    [Fact]
    public async Task The_bootstrap_admin_exists_at_start_up_with_every_scope()
    {
        var response = await factory.CreateClient().RequestTokenAsync(GatewayFactory.AdminClientId, factory.AdminSecret);

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("enterprises assessments training events financing monitoring", body.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task Secrets_are_stored_only_as_digests()
    {
        var first = await factory.RegisterCenterAsync();

        var firstHash = await StoredHashAsync(first.ClientId);
        var adminHash = await StoredHashAsync(GatewayFactory.AdminClientId);

        Assert.DoesNotContain(first.Secret, firstHash);
        Assert.DoesNotContain(factory.AdminSecret, adminHash);
        Assert.StartsWith("sha256$", firstHash);
        Assert.Equal(32, Convert.FromBase64String(firstHash.Split('$')[1]).Length);
    }

    [Fact]
    public async Task The_gateway_describes_its_own_endpoints_in_openapi()
    {
        var document = await factory.CreateClient(token: null).GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        var token = paths.GetProperty("/connect/token").GetProperty("post");
        Assert.Equal("IssueToken", token.GetProperty("operationId").GetString());
        Assert.True(token.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/x-www-form-urlencoded", out _));
        Assert.Empty(token.GetProperty("security").EnumerateArray());
        Assert.Equal("RegisterClient", paths.GetProperty("/admin/clients").GetProperty("post").GetProperty("operationId").GetString());
        Assert.Equal("RotateClientSecret", paths.GetProperty("/admin/clients/{clientId}/secret").GetProperty("post").GetProperty("operationId").GetString());
        Assert.False(string.IsNullOrEmpty(paths.GetProperty("/admin/clients/{clientId}/revoke").GetProperty("post").GetProperty("summary").GetString()));
    }

    private async Task<string> StoredHashAsync(string clientId)
    {
        await using var connection = new NpgsqlConnection(factory.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT client_secret FROM open_iddict_applications WHERE client_id = @id", connection);
        command.Parameters.AddWithValue("id", clientId);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}

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

        var health = await client.GetAsync("/health");
        var body = await health.Content.ReadFromJsonAsync<JsonElement>();
        var alive = await client.GetAsync("/alive");

        Assert.True(health.StatusCode == HttpStatusCode.OK, $"/health: {body}");
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
        Assert.Equal("enterprises assessments training events financing", body.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task Secrets_are_stored_only_as_salted_pbkdf2_hashes()
    {
        var first = await factory.RegisterCenterAsync();
        var second = await factory.RegisterCenterAsync();

        var firstHash = await StoredHashAsync(first.ClientId);
        var adminHash = await StoredHashAsync(GatewayFactory.AdminClientId);

        Assert.DoesNotContain(first.Secret, firstHash);
        Assert.DoesNotContain(factory.AdminSecret, adminHash);
        var parts = firstHash.Split('$');
        Assert.Equal("pbkdf2-sha256", parts[0]);
        Assert.True(int.Parse(parts[1]) >= 100_000);
        Assert.Equal(16, Convert.FromBase64String(parts[2]).Length);
        Assert.NotEqual(parts[2], (await StoredHashAsync(second.ClientId)).Split('$')[2]);
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

    [Fact]
    public void Start_up_refuses_a_public_key_that_does_not_match_the_private_key()
    {
        using var otherKey = System.Security.Cryptography.RSA.Create(2048);
        using var mismatched = factory.WithWebHostBuilder(builder =>
            builder.UseSetting("Auth:SigningPublicKey", otherKey.ExportSubjectPublicKeyInfoPem()));

        var failure = Assert.ThrowsAny<Exception>(() => mismatched.CreateClient());

        Assert.Contains("is not the public half of Auth:SigningPrivateKey", failure.ToString());
    }

    private async Task<string> StoredHashAsync(string clientId)
    {
        await using var connection = new NpgsqlConnection(factory.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT secret_hash FROM api_clients WHERE client_id = @id", connection);
        command.Parameters.AddWithValue("id", clientId);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}

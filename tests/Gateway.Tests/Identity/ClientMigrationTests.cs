using System.Net;
using System.Security.Cryptography;
using System.Text;
using CpPlatform.Gateway.Data;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace CpPlatform.Gateway.Tests.Identity;

/// <summary>
/// A gateway database as it was before OpenIddict, holding a bank client registered then (PBKDF2 secret hash), which
/// the gateway's start-up migrates.
/// </summary>
public sealed class PreOpenIddictGatewayFactory : GatewayFactory
{
    public const string LegacyClientId = "banco-viejo-abcd2345";
    public const string LegacySecret = "a-secret-issued-before-openiddict";
    public const string CenterWithDefaults = "cimo-app-abcd2345";
    public const string CenterWithEventsOnly = "cimo-kiosk-abcd2345";
    public const string NationalWithDefaults = "national-abcd2345";
    private const string LastMigrationBefore = "20261130050852_SetAsideUnreadableOutboxMessages";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var options = new DbContextOptionsBuilder<GatewayDbContext>().UseNpgsql(Database.ConnectionString).Options;
        await using (var db = new GatewayDbContext(options) { Client = new NoClient() })
        {
            await db.GetService<IMigrator>().MigrateAsync(LastMigrationBefore);
        }

        await InsertLegacyClientAsync(LegacyClientId, "bank", center: null, bank: "banco-viejo", ["financing"]);
        await InsertLegacyClientAsync(CenterWithDefaults, "center", "mx-chihuahua", bank: null, ["enterprises", "assessments", "training", "events"]);
        await InsertLegacyClientAsync(CenterWithEventsOnly, "center", "mx-chihuahua", bank: null, ["events"]);
        await InsertLegacyClientAsync(NationalWithDefaults, "national", center: null, bank: null, ["enterprises", "assessments", "training", "events", "financing"]);
    }

    private async Task InsertLegacyClientAsync(string clientId, string kind, string? center, string? bank, string[] scopes)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(LegacySecret), salt, 100_000, HashAlgorithmName.SHA256, 32);
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand("""
            INSERT INTO api_clients (client_id, name, kind, center_id, bank_id, scopes, secret_hash, created_at, secret_changed_at)
            VALUES (@id, @id, @kind, @center, @bank, @scopes, @hash, now(), now())
            """, connection);
        insert.Parameters.AddWithValue("id", clientId);
        insert.Parameters.AddWithValue("kind", kind);
        insert.Parameters.AddWithValue("center", (object?)center ?? DBNull.Value);
        insert.Parameters.AddWithValue("bank", (object?)bank ?? DBNull.Value);
        insert.Parameters.AddWithValue("scopes", scopes);
        insert.Parameters.AddWithValue("hash", $"pbkdf2-sha256$100000${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
        await insert.ExecuteNonQueryAsync();
    }

    /// <summary>Migrations run outside any request.</summary>
    internal sealed class NoClient : ICurrentClient
    {
        public string ClientId => "migration-test";
        public ClientKind? Kind => null;
        public string? CenterId => null;
        public string? BankId => null;
        public string? DonorId => null;
        public IReadOnlySet<string> Scopes => new HashSet<string>();
        public string? RestrictedToCenter => null;
    }
}

public class ClientMigrationTests(PreOpenIddictGatewayFactory factory) : IClassFixture<PreOpenIddictGatewayFactory>
{
    [Fact]
    public async Task A_client_registered_before_openiddict_keeps_its_secret_kind_bank_and_scopes()
    {
        var token = await factory.TokenAsync(PreOpenIddictGatewayFactory.LegacyClientId, PreOpenIddictGatewayFactory.LegacySecret);
        var beyond = await factory.CreateClient().RequestTokenAsync(
            PreOpenIddictGatewayFactory.LegacyClientId, PreOpenIddictGatewayFactory.LegacySecret, scope: "enterprises");
        var wrong = await factory.CreateClient().RequestTokenAsync(PreOpenIddictGatewayFactory.LegacyClientId, "not-the-secret");

        var claims = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(token);
        Assert.Equal("bank", claims.GetClaim(PlatformClaims.Kind).Value);
        Assert.Equal("banco-viejo", claims.GetClaim(PlatformClaims.Bank).Value);
        Assert.Equal("financing", claims.GetClaim(PlatformClaims.Scope).Value);
        Assert.Equal(Tokens.TokenErrorCodes.InvalidScope, await beyond.OAuthErrorAsync(HttpStatusCode.BadRequest));
        Assert.Equal(Tokens.TokenErrorCodes.InvalidClient, await wrong.OAuthErrorAsync(HttpStatusCode.Unauthorized));
    }

    [Theory]
    [InlineData(PreOpenIddictGatewayFactory.CenterWithDefaults, "enterprises assessments training events monitoring")]
    [InlineData(PreOpenIddictGatewayFactory.NationalWithDefaults, "enterprises assessments training events financing monitoring")]
    [InlineData(PreOpenIddictGatewayFactory.CenterWithEventsOnly, "events")]
    [InlineData(PreOpenIddictGatewayFactory.LegacyClientId, "financing")]
    public async Task Clients_holding_their_kinds_former_defaults_get_monitoring_and_no_one_else_does(string clientId, string scopes)
    {
        var token = await factory.TokenAsync(clientId, PreOpenIddictGatewayFactory.LegacySecret);

        var granted = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(token).GetClaim(PlatformClaims.Scope).Value.Split(' ');
        Assert.Equal(scopes.Split(' ').Order(), granted.Order());
    }

    [Fact]
    public async Task A_migrated_clients_pbkdf2_hash_becomes_a_digest_after_its_first_token_and_its_secret_still_works()
    {
        await factory.TokenAsync(PreOpenIddictGatewayFactory.LegacyClientId, PreOpenIddictGatewayFactory.LegacySecret);

        await using var connection = new NpgsqlConnection(factory.Database.ConnectionString);
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand("SELECT client_secret FROM open_iddict_applications WHERE client_id = @id", connection);
        read.Parameters.AddWithValue("id", PreOpenIddictGatewayFactory.LegacyClientId);
        var stored = (string)(await read.ExecuteScalarAsync())!;
        var again = await factory.CreateClient().RequestTokenAsync(PreOpenIddictGatewayFactory.LegacyClientId, PreOpenIddictGatewayFactory.LegacySecret);

        Assert.StartsWith("sha256$", stored);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }
}

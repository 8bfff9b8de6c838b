using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CpPlatform.ServiceDefaults.Security;
using CpPlatform.TestSupport;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CpPlatform.Gateway.Tests.Tokens;

public class TokenEndpointTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task Basic_credentials_get_a_bearer_token_that_is_not_cached()
    {
        var center = await factory.RegisterCenterAsync();

        var response = await factory.CreateClient().RequestTokenAsync(center.ClientId, center.Secret, basic: true);

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        // OpenIddict counts the seconds left when it answers: 600, or 599 once a second boundary has passed.
        Assert.InRange(body.GetProperty("expires_in").GetInt32(), 598, 600);
        Assert.Equal("enterprises assessments training events monitoring", body.GetProperty("scope").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("access_token").GetString()));
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Form_credentials_get_a_token_too()
    {
        var center = await factory.RegisterCenterAsync();

        var response = await factory.CreateClient().RequestTokenAsync(center.ClientId, center.Secret, basic: false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_token_is_signed_with_the_gateway_key_and_carries_the_clients_claims()
    {
        var center = await factory.RegisterCenterAsync("pe-lima");
        var bank = await factory.RegisterClientAsync(new { name = "Banco Uno", kind = "bank", bankId = "banco-uno" });

        var centerClaims = await ValidateAsync(await factory.TokenAsync(center.ClientId, center.Secret));
        var bankClaims = await ValidateAsync(await factory.TokenAsync(bank.ClientId, bank.Secret));

        Assert.Equal(center.ClientId, centerClaims[PlatformClaims.ClientId]);
        Assert.Equal("center", centerClaims[PlatformClaims.Kind]);
        Assert.Equal("pe-lima", centerClaims[PlatformClaims.Center]);
        Assert.Equal("enterprises assessments training events monitoring", centerClaims[PlatformClaims.Scope]);
        Assert.False(centerClaims.ContainsKey(PlatformClaims.Bank));
        Assert.False(string.IsNullOrEmpty(centerClaims[JwtRegisteredClaimNames.Jti]));
        var lifetime = long.Parse(centerClaims[JwtRegisteredClaimNames.Exp]) - long.Parse(centerClaims[JwtRegisteredClaimNames.Iat]);
        Assert.Equal(600, lifetime);
        Assert.Equal("bank", bankClaims[PlatformClaims.Kind]);
        Assert.Equal("banco-uno", bankClaims[PlatformClaims.Bank]);
        Assert.Equal("financing", bankClaims[PlatformClaims.Scope]);
        Assert.False(bankClaims.ContainsKey(PlatformClaims.Center));
        Assert.False(bankClaims.ContainsKey(PlatformClaims.Donor));
    }

    [Fact]
    public async Task A_donor_token_carries_its_donor_and_only_the_monitoring_scope()
    {
        var donor = await factory.RegisterClientAsync(new { name = "IDB", kind = "donor", donor = "idb" });
        var http = factory.CreateClient();

        var claims = await ValidateAsync(await factory.TokenAsync(donor.ClientId, donor.Secret));
        var beyond = await http.RequestTokenAsync(donor.ClientId, donor.Secret, scope: "monitoring enterprises");

        Assert.Equal(donor.ClientId, claims[PlatformClaims.ClientId]);
        Assert.Equal("donor", claims[PlatformClaims.Kind]);
        Assert.Equal("idb", claims[PlatformClaims.Donor]);
        Assert.Equal("monitoring", claims[PlatformClaims.Scope]);
        Assert.False(claims.ContainsKey(PlatformClaims.Center));
        Assert.False(claims.ContainsKey(PlatformClaims.Bank));
        Assert.Equal(TokenErrorCodes.InvalidScope, await beyond.OAuthErrorAsync(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_center_asks_for_monitoring_to_read_its_share_and_a_bank_cannot()
    {
        var center = await factory.RegisterCenterAsync("mx-tabasco");
        var bank = await factory.RegisterClientAsync(new { name = "Banco Uno", kind = "bank", bankId = "banco-uno" });
        var http = factory.CreateClient();

        var centerResponse = await http.RequestTokenAsync(center.ClientId, center.Secret, scope: "monitoring");
        var bankResponse = await http.RequestTokenAsync(bank.ClientId, bank.Secret, scope: "monitoring");

        var body = await centerResponse.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, centerResponse.StatusCode);
        var claims = await ValidateAsync(body.GetProperty("access_token").GetString()!);
        Assert.Equal("monitoring", claims[PlatformClaims.Scope]);
        Assert.Equal("mx-tabasco", claims[PlatformClaims.Center]);
        Assert.False(claims.ContainsKey(PlatformClaims.Donor));
        Assert.Equal(TokenErrorCodes.InvalidScope, await bankResponse.OAuthErrorAsync(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_wrong_secret_answers_401_invalid_client_with_a_basic_challenge()
    {
        var center = await factory.RegisterCenterAsync();

        var response = await factory.CreateClient().RequestTokenAsync(center.ClientId, center.Secret + "x");

        Assert.Equal(TokenErrorCodes.InvalidClient, await response.OAuthErrorAsync(HttpStatusCode.Unauthorized));
        Assert.Equal("Basic", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task An_unknown_client_answers_invalid_client_and_missing_credentials_invalid_request()
    {
        var http = factory.CreateClient();

        var unknown = await http.RequestTokenAsync("nobody-12345678", "secret", basic: false);
        var anonymous = await http.PostAsync("/connect/token", Form(("grant_type", "client_credentials")));

        Assert.Equal(TokenErrorCodes.InvalidClient, await unknown.OAuthErrorAsync(HttpStatusCode.Unauthorized));
        Assert.Equal(TokenErrorCodes.InvalidRequest, await anonymous.OAuthErrorAsync(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Grants_other_than_client_credentials_are_unsupported_and_a_missing_grant_is_invalid()
    {
        var center = await factory.RegisterCenterAsync();
        var http = factory.CreateClient();

        var password = await http.RequestTokenAsync(center.ClientId, center.Secret, grantType: "password");
        var missing = await http.PostAsync("/connect/token", Form(("client_id", center.ClientId), ("client_secret", center.Secret)));
        var json = await http.PostAsJsonAsync("/connect/token", new { grant_type = "client_credentials" });

        Assert.Equal(TokenErrorCodes.UnsupportedGrantType, await password.OAuthErrorAsync(HttpStatusCode.BadRequest));
        Assert.Equal(TokenErrorCodes.InvalidRequest, await missing.OAuthErrorAsync(HttpStatusCode.BadRequest));
        Assert.Equal(TokenErrorCodes.InvalidRequest, await json.OAuthErrorAsync(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Credentials_in_both_the_header_and_the_form_are_refused()
    {
        var center = await factory.RegisterCenterAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = Form(("grant_type", "client_credentials"), ("client_id", center.ClientId), ("client_secret", center.Secret)),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{center.ClientId}:{center.Secret}")));

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(TokenErrorCodes.InvalidRequest, await response.OAuthErrorAsync(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_NUL_in_a_form_parameter_or_the_client_id_is_refused_not_a_500()
    {
        var inForm = await factory.CreateClient().RequestTokenAsync("center\0app", "secret", basic: false);
        var inHeader = await factory.CreateClient().RequestTokenAsync("center\0app", "secret", basic: true);

        Assert.Equal(TokenErrorCodes.InvalidRequest, await inForm.OAuthErrorAsync(HttpStatusCode.BadRequest));
        Assert.Equal(TokenErrorCodes.InvalidClient, await inHeader.OAuthErrorAsync(HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task A_revoked_client_gets_invalid_client()
    {
        var center = await factory.RegisterCenterAsync();
        var admin = factory.CreateClient(await factory.AdminTokenAsync());
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().RequestTokenAsync(center.ClientId, center.Secret)).StatusCode);

        var revoke = await admin.PostAsync($"/admin/clients/{center.ClientId}/revoke", null);
        var response = await factory.CreateClient().RequestTokenAsync(center.ClientId, center.Secret);

        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Equal(TokenErrorCodes.InvalidClient, await response.OAuthErrorAsync(HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task A_rotated_secret_replaces_the_old_one_at_once()
    {
        var center = await factory.RegisterCenterAsync();
        var admin = factory.CreateClient(await factory.AdminTokenAsync());

        var rotation = await admin.PostAsync($"/admin/clients/{center.ClientId}/secret", null);
        var newSecret = (await rotation.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("clientSecret").GetString()!;
        var withOld = await factory.CreateClient().RequestTokenAsync(center.ClientId, center.Secret);
        var withNew = await factory.CreateClient().RequestTokenAsync(center.ClientId, newSecret);

        Assert.Equal(HttpStatusCode.OK, rotation.StatusCode);
        Assert.NotEqual(center.Secret, newSecret);
        Assert.Equal(TokenErrorCodes.InvalidClient, await withOld.OAuthErrorAsync(HttpStatusCode.Unauthorized));
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
    }

    [Fact]
    public async Task A_scope_parameter_narrows_the_token_and_a_scope_not_granted_is_invalid_scope()
    {
        var center = await factory.RegisterCenterAsync();
        var http = factory.CreateClient();

        var narrowed = await http.RequestTokenAsync(center.ClientId, center.Secret, scope: "training enterprises");
        var beyond = await http.RequestTokenAsync(center.ClientId, center.Secret, scope: "enterprises financing");
        var unknown = await http.RequestTokenAsync(center.ClientId, center.Secret, scope: "everything");

        var body = await narrowed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, narrowed.StatusCode);
        Assert.Equal("enterprises training", body.GetProperty("scope").GetString());
        var claims = await ValidateAsync(body.GetProperty("access_token").GetString()!);
        Assert.Equal("enterprises training", claims[PlatformClaims.Scope]);
        Assert.Equal(TokenErrorCodes.InvalidScope, await beyond.OAuthErrorAsync(HttpStatusCode.BadRequest));
        Assert.Equal(TokenErrorCodes.InvalidScope, await unknown.OAuthErrorAsync(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Gateway_tokens_open_the_api_at_the_edge()
    {
        var center = await factory.RegisterCenterAsync();
        var token = await factory.TokenAsync(center.ClientId, center.Secret);

        var response = await factory.CreateClient(token).GetAsync("/api/enterprises");

        Assert.Equal($"Bearer {token}", (await response.EchoAsync()).Authorization);
    }

    /// <summary>Checks the token as a service would, with the keys the gateway's discovery document leads to, and returns its claims.</summary>
    private async Task<Dictionary<string, string>> ValidateAsync(string token)
    {
        var metadata = await factory.DiscoverAsync();
        Assert.Equal(TestTokens.Issuer, metadata.Issuer);
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = TestTokens.Issuer,
            ValidAudience = TestTokens.Audience,
            IssuerSigningKeys = metadata.SigningKeys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        return ((JsonWebToken)result.SecurityToken).Claims.ToDictionary(claim => claim.Type, claim => claim.Value);
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(field => KeyValuePair.Create(field.Name, field.Value)));
}

/// <summary>The RFC 6749 section 5.2 codes, spelled out here so a renamed constant in the gateway cannot hide a change.</summary>
internal static class TokenErrorCodes
{
    public const string InvalidRequest = "invalid_request";
    public const string InvalidClient = "invalid_client";
    public const string UnsupportedGrantType = "unsupported_grant_type";
    public const string InvalidScope = "invalid_scope";
}

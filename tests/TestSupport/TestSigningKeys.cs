using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace CpPlatform.TestSupport;

/// <summary>
/// Makes a host under test trust a test key, in place of the gateway's JWKS a deployed service reads through its
/// metadata address: the key goes straight into the JwtBearer options, beside any the host has.
/// </summary>
public static class TestSigningKeys
{
    public static IServiceCollection TrustSigningKey(this IServiceCollection services, RSA key) =>
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            options.TokenValidationParameters.IssuerSigningKeys = [.. options.TokenValidationParameters.IssuerSigningKeys ?? [], new RsaSecurityKey(key)]);
}

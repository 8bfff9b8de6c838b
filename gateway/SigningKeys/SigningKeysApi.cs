using CpPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CpPlatform.Gateway.SigningKeys;

/// <summary>
/// The signing key answer: the id (<c>kid</c>) new tokens carry, and the key published now that the next rotation
/// will sign with.
/// </summary>
public sealed record SigningKeyRotated(string KeyId, string NextKeyId);

public static class SigningKeysApi
{
    public static IEndpointRouteBuilder MapSigningKeysApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/admin/signing-keys/rotate", RotateSigningKey)
            .WithTags("Signing keys")
            .WithName("RotateSigningKey")
            .WithSummary("Sign new tokens with the published next key at once and publish a new next key; tokens signed with the previous key stay valid until they expire.")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Admin));
        return app;
    }

    private static async Task<Ok<SigningKeyRotated>> RotateSigningKey(SigningKeyStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.RotateAsync(cancellationToken));
}

using CpPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CpPlatform.Gateway.SigningKeys;

/// <summary>The signing key answer: the id (<c>kid</c>) new tokens carry.</summary>
public sealed record SigningKeyRotated(string KeyId);

public static class SigningKeysApi
{
    public static IEndpointRouteBuilder MapSigningKeysApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/admin/signing-keys/rotate", RotateSigningKey)
            .WithTags("Signing keys")
            .WithName("RotateSigningKey")
            .WithSummary("Sign new tokens with a new key at once; tokens signed with the previous key stay valid until they expire.")
            .RequireAuthorization(policy => policy.RequireKind(ClientKind.Admin));
        return app;
    }

    private static async Task<Ok<SigningKeyRotated>> RotateSigningKey(SigningKeyStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(new SigningKeyRotated(await store.RotateAsync(cancellationToken)));
}

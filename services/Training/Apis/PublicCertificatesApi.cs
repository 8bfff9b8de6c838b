using CpPlatform.Training.Caching;
using CpPlatform.Training.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CpPlatform.Training.Apis;

public static class PublicCertificatesApi
{
    public static IEndpointRouteBuilder MapPublicCertificatesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/public/certificates/{number}", VerifyCertificate)
            .WithTags("Public")
            .WithName("VerifyCertificate")
            .WithSummary("Anyone can verify a certificate number: holder name, valid, expired, suspended or revoked, dates and issuer; never the email.")
            .AllowAnonymous();
        return app;
    }

    private static async Task<Results<Ok<PublicCertificateResponse>, NotFound>> VerifyCertificate(
        string number, CertificateCache certificates, TimeProvider clock, CancellationToken cancellationToken) =>
        await certificates.FindAsync(CertificateNumber.Normalize(number), cancellationToken) is { } certificate
            ? TypedResults.Ok(PublicCertificateResponse.From(certificate, clock.GetUtcNow()))
            : TypedResults.NotFound();
}

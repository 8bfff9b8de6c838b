using System.Security.Cryptography;
using System.Text;
using CpPlatform.Enterprises.Apis;
using CpPlatform.ServiceDefaults.Caching;
using CpPlatform.ServiceDefaults.Http;

namespace CpPlatform.Enterprises.Caching;

/// <summary>
/// The register's search answers, from the shared cache, one entry per question (the caller's center, the filters, the
/// page) and per version of the register. Any enterprise saved anywhere evicts the version
/// (<see cref="EnterpriseCacheInvalidator"/>), so every later search asks under a new version and loads afresh; the
/// answers under the old one are never read again and expire.
/// </summary>
/// <remarks>
/// A whole register moves to a new version on every change: searches are cached between changes, which is when centers
/// read all day, and never answer from before a change that committed.
/// </remarks>
public sealed class RegisterSearchCache(ICacheAside cache)
{
    public const string VersionKey = "enterprises:register-version";

    /// <param name="question">Everything the answer depends on, the caller's center included.</param>
    public async Task<PagedResult<EnterpriseSummary>> GetOrSearchAsync(
        string question, Func<CancellationToken, Task<PagedResult<EnterpriseSummary>>> search, CancellationToken cancellationToken)
    {
        var version = await cache.GetOrLoadAsync(VersionKey, _ => Task.FromResult(new RegisterVersion(Guid.NewGuid())), cancellationToken);
        // Searches carry free text: the key holds a digest of the question, of a fixed length.
        var digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(question)));
        return await cache.GetOrLoadAsync($"enterprises:search:{version.Id:N}:{digest}", search, cancellationToken);
    }

    public sealed record RegisterVersion(Guid Id);
}

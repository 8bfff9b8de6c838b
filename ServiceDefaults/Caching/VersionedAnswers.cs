using System.Security.Cryptography;
using System.Text;

namespace CpPlatform.ServiceDefaults.Caching;

/// <summary>
/// Answers to questions over a whole set of rows (a search, totals), cached under the set's version: one entry per
/// question and version. Evicting the version key (a <see cref="CacheInvalidator"/> does, for any row of the set a
/// save changes) retires every answer at once: later questions are asked under a new version and loaded afresh, and
/// the answers under the old one are never read again and expire.
/// </summary>
/// <remarks>
/// The question must hold everything the answer depends on, the caller's center included. The set changes as a whole,
/// so answers are cached between changes, which is when they are read all day, and never answer from before a change
/// that committed.
/// </remarks>
public static class VersionedAnswers
{
    public static async Task<T> GetOrLoadAnswerAsync<T>(
        this ICacheAside cache, string versionKey, string question, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
    {
        var version = await cache.GetOrLoadAsync(versionKey, _ => Task.FromResult(new SetVersion(Guid.NewGuid())), cancellationToken);
        // Questions carry free text: the key holds a digest of the question, of a fixed length.
        var digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(question)));
        return await cache.GetOrLoadAsync($"{versionKey}:{version.Id:N}:{digest}", load, cancellationToken);
    }

    /// <summary>Parts of a question, joined so that no two different lists of parts read the same.</summary>
    public static string Question(params object?[] parts) =>
        string.Join('\u001f', parts.Select(part => part switch
        {
            null => "\u0000",
            DateTimeOffset instant => instant.UtcDateTime.ToString("O"),
            _ => Convert.ToString(part, System.Globalization.CultureInfo.InvariantCulture)!.Replace("\u001f", "\u001f\u001f"),
        }));

    public sealed record SetVersion(Guid Id);
}

namespace CpPlatform.ServiceDefaults.Caching;

/// <summary>
/// Read-through entries in the shared cache that never outlive an invalidation, however a load and an invalidation
/// interleave: a load started before the invalidation cannot store what it read. When the cache is unreachable every
/// read loads from the source, so answers stay correct, only slower.
/// </summary>
/// <remarks>
/// A hit is usually answered from the process's own memory, with the same object every time: treat what
/// <see cref="GetOrLoadAsync{T}"/> returns as read-only.
/// </remarks>
public interface ICacheAside
{
    /// <summary>
    /// The cached value of <paramref name="key"/>, or what <paramref name="load"/> returns (then cached). Null, for
    /// "nothing found", is cached like any value, until the key is invalidated.
    /// </summary>
    Task<T> GetOrLoadAsync<T>(string key, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken);

    /// <summary>Drops the entries; loads already under way for them will not store their (older) values.</summary>
    Task InvalidateAsync(IEnumerable<string> keys);
}

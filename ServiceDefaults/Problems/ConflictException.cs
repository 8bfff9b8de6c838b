namespace CpPlatform.ServiceDefaults.Problems;

/// <summary>
/// A request that contradicts data already stored (a duplicate key, a stale state). Answered with 409 naming the field.
/// </summary>
public sealed class ConflictException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

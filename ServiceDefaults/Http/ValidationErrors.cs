namespace CpPlatform.ServiceDefaults.Http;

/// <summary>Collects field errors for an RFC 9457 validation problem (field name → rules it broke).</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string rule)
    {
        if (!_errors.TryGetValue(field, out var rules))
        {
            _errors[field] = rules = [];
        }
        rules.Add(rule);
    }

    /// <summary>Adds <paramref name="rule"/> for <paramref name="field"/> unless <paramref name="condition"/> holds.</summary>
    public bool Check(bool condition, string field, string rule)
    {
        if (!condition)
        {
            Add(field, rule);
        }
        return condition;
    }

    public Dictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
}

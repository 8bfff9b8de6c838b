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

    /// <summary>
    /// An optional kebab-case id from a query string (<c>?sector=dairy</c>): null when absent, the value when known,
    /// otherwise null with an error listing the allowed values.
    /// </summary>
    public TEnum? OptionalKebabCase<TEnum>(string? text, string field) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        return Check(KebabCase.TryParse<TEnum>(text.Trim(), out var value), field, $"Must be one of: {KebabCase.AllowedValues<TEnum>()}.")
            ? value
            : null;
    }

    public Dictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
}

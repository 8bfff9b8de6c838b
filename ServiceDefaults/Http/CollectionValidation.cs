namespace CpPlatform.ServiceDefaults.Http;

/// <summary>The one place request arrays are checked against their <see cref="CollectionRule"/>; errors name the array or the element (<c>regions[3]</c>).</summary>
public static class CollectionValidation
{
    /// <summary>
    /// Checks the count, then each element: a null element is refused, <paramref name="element"/> checks the others
    /// with their path, and when <paramref name="duplicateKey"/> gives two elements the same key the later one is
    /// refused (a null key is never a duplicate). A count out of bounds is one error on <paramref name="field"/> and the
    /// elements are not looked at, so an oversized array costs one message, not one per element. An absent array is
    /// an error unless <paramref name="optional"/>.
    /// </summary>
    public static void Collection<T>(this ValidationErrors errors, IReadOnlyList<T?>? items, string field, CollectionRule rule,
        Action<T, string>? element = null, Func<T, string?>? duplicateKey = null, bool optional = false)
    {
        if (items is null || !rule.Allows(items.Count))
        {
            errors.Check(items is null && optional, field, $"{(optional ? "When given" : "Required")}: {rule}.");
            return;
        }
        var firstIndexByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < items.Count; index++)
        {
            var path = $"{field}[{index}]";
            if (items[index] is not { } item)
            {
                errors.Add(path, "Must not be null.");
                continue;
            }
            element?.Invoke(item, path);
            if (duplicateKey?.Invoke(item) is { } key && !firstIndexByKey.TryAdd(key, index))
            {
                errors.Add(path, $"Repeats {field}[{firstIndexByKey[key]}].");
            }
        }
    }

    /// <summary>The same, for elements with one rule: <paramref name="elementRule"/> is the message for an element <paramref name="isValid"/> refuses.</summary>
    public static void Collection<T>(this ValidationErrors errors, IReadOnlyList<T?>? items, string field, CollectionRule rule,
        Func<T, bool> isValid, string elementRule, Func<T, string?>? duplicateKey = null, bool optional = false) =>
        errors.Collection(items, field, rule, (item, path) => errors.Check(isValid(item), path, elementRule), duplicateKey, optional);
}

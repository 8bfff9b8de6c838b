using System.Text.Json;

namespace CpPlatform.TestSupport.Hostile;

/// <summary>
/// A JSON schema reduced to what the hostile-input suite needs: its kind, format, enum values, properties and items.
/// References are resolved once (a recursive type stops at its second appearance).
/// </summary>
public sealed class ApiSchema
{
    private ApiSchema(string kind) => Kind = kind;

    /// <summary>object, array, string, integer, number, boolean, or any when the document does not say.</summary>
    public string Kind { get; }

    public string? Format { get; private init; }

    public IReadOnlyList<string> Enum { get; private init; } = [];

    public IReadOnlyDictionary<string, ApiSchema> Properties { get; private init; } = new Dictionary<string, ApiSchema>();

    public IReadOnlySet<string> Required { get; private init; } = new HashSet<string>();

    public ApiSchema? Items { get; private init; }

    public static ApiSchema Resolve(JsonElement schema, JsonElement components) => Resolve(schema, components, []);

    private static ApiSchema Resolve(JsonElement schema, JsonElement components, HashSet<string> seen)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return new ApiSchema("any");
        }
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            if (!seen.Add(name) || components.ValueKind != JsonValueKind.Object || !components.TryGetProperty(name, out var target))
            {
                return new ApiSchema("any");
            }
            var resolved = Resolve(target, components, seen);
            seen.Remove(name);
            return resolved;
        }
        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(combinator, out var choices))
            {
                var choice = choices.EnumerateArray().FirstOrDefault(item => !IsNullOnly(item));
                return Resolve(choice, components, seen);
            }
        }

        var kind = KindOf(schema);
        return new ApiSchema(kind)
        {
            Format = schema.TryGetProperty("format", out var format) ? format.GetString() : null,
            Enum = schema.TryGetProperty("enum", out var values)
                ? values.EnumerateArray().Where(value => value.ValueKind == JsonValueKind.String).Select(value => value.GetString()!).ToList()
                : [],
            Properties = schema.TryGetProperty("properties", out var properties)
                ? properties.EnumerateObject().ToDictionary(property => property.Name, property => Resolve(property.Value, components, seen))
                : new Dictionary<string, ApiSchema>(),
            Required = schema.TryGetProperty("required", out var required)
                ? required.EnumerateArray().Select(name => name.GetString()!).ToHashSet()
                : [],
            Items = schema.TryGetProperty("items", out var items) ? Resolve(items, components, seen) : null,
        };
    }

    /// <summary>
    /// The schema's type, preferring the JSON kind a client sends: numbers that may also be read from strings are
    /// numbers, nullable types are their non-null type.
    /// </summary>
    private static string KindOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : schema.TryGetProperty("enum", out _) ? "string" : "any";
        }
        if (type.ValueKind == JsonValueKind.String)
        {
            return type.GetString()!;
        }
        var kinds = type.EnumerateArray().Select(item => item.GetString()!).Where(item => item != "null").ToList();
        return kinds.FirstOrDefault(item => item is "integer" or "number") ?? kinds.FirstOrDefault() ?? "any";
    }

    private static bool IsNullOnly(JsonElement schema) =>
        schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "null";
}

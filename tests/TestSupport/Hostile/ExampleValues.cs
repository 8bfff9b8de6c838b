using System.Text.Json.Nodes;

namespace CpPlatform.TestSupport.Hostile;

/// <summary>
/// Ordinary values for a schema, so that a request differs from an acceptable one only in the hostile value under
/// test. Field names give the platform's usual shapes (a country code, an email, a center slug); a test may name its
/// own values for fields whose rules these do not meet (ids of things that exist, say).
/// </summary>
public sealed class ExampleValues(IReadOnlyDictionary<string, string> known)
{
    public JsonNode? For(string name, ApiSchema schema, int depth = 0)
    {
        if (known.TryGetValue(name, out var value))
        {
            return Typed(value, schema);
        }
        return schema.Kind switch
        {
            "object" when depth < 6 => new JsonObject(schema.Properties
                .Select(property => KeyValuePair.Create(property.Key, For(property.Key, property.Value, depth + 1)))),
            "object" => new JsonObject(),
            "array" => schema.Items is null ? new JsonArray() : new JsonArray(For(Singular(name), schema.Items, depth + 1)),
            "integer" => JsonValue.Create(1),
            "number" => JsonValue.Create(10),
            "boolean" => JsonValue.Create(true),
            _ => JsonValue.Create(Text(name, schema)),
        };
    }

    /// <summary>
    /// A route value: the value known for the route up to this parameter (<c>/api/events/{id}</c> names an event that
    /// exists, whatever follows it), else for the parameter's name, else a made-up one.
    /// </summary>
    public string PathValue(string pathTemplate, ApiParameter parameter)
    {
        var placeholder = $"{{{parameter.Name}}}";
        var route = pathTemplate[..(pathTemplate.IndexOf(placeholder, StringComparison.Ordinal) + placeholder.Length)];
        return known.TryGetValue(route, out var value) ? value : Text(parameter.Name, parameter.Schema);
    }

    public string Text(string name, ApiSchema schema)
    {
        if (known.TryGetValue(name, out var value))
        {
            return value;
        }
        if (schema.Enum.Count > 0)
        {
            return schema.Enum[0];
        }
        var today = DateTime.UtcNow;
        return schema.Kind switch
        {
            "integer" or "number" => "1",
            "boolean" => "true",
            _ => TextOfFormat(name, schema, today),
        };
    }

    private static string TextOfFormat(string name, ApiSchema schema, DateTime today) =>
        schema.Format switch
        {
            "uuid" => Guid.NewGuid().ToString(),
            "date" => today.ToString("yyyy-MM-dd"),
            "date-time" => today.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            "email" => "someone@example.org",
            "uri" => "https://example.org/",
            _ => ByName(name),
        };

    private static string ByName(string name) => name.ToLowerInvariant() switch
    {
        var field when field.EndsWith("email", StringComparison.Ordinal) => "someone@example.org",
        var field when field.Contains("country", StringComparison.Ordinal) => "MX",
        var field when field.Contains("currency", StringComparison.Ordinal) => "USD",
        var field when field.EndsWith("centerid", StringComparison.Ordinal) => "mx-chihuahua",
        var field when field.EndsWith("bankid", StringComparison.Ordinal) => "banco-uno",
        var field when field.EndsWith("url", StringComparison.Ordinal) || field.EndsWith("link", StringComparison.Ordinal) => "https://example.org/",
        var field when field.EndsWith("phone", StringComparison.Ordinal) => "+52 614 000 0000",
        var field when field.EndsWith("id", StringComparison.Ordinal) || field.EndsWith("ref", StringComparison.Ordinal) => "ex-1",
        _ => "Example",
    };

    private JsonNode? Typed(string value, ApiSchema schema) => schema.Kind switch
    {
        "integer" or "number" => JsonNode.Parse(value),
        "boolean" => JsonValue.Create(bool.Parse(value)),
        "array" => new JsonArray(JsonValue.Create(value)),
        _ => JsonValue.Create(value),
    };

    private static string Singular(string name) => name.EndsWith('s') ? name[..^1] : name;
}

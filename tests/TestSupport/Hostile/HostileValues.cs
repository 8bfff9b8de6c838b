using System.Text.Json.Nodes;

namespace CpPlatform.TestSupport.Hostile;

/// <summary>What a hostile client puts where a field or parameter of a given schema is expected.</summary>
public static class HostileValues
{
    /// <summary>Longer than any text field of the platform allows, yet inside the default body limit.</summary>
    private const int OverlongLength = 100_000;

    /// <summary>Longer than any query or route value needs, yet inside Kestrel's request-line limit.</summary>
    private const int OverlongParameterLength = 2_000;

    /// <summary>Values for a JSON body field; each case describes itself.</summary>
    public static IEnumerable<(string Case, JsonNode? Value)> ForField(ApiSchema schema, JsonNode? example)
    {
        switch (schema.Kind)
        {
            case "string":
                yield return ("a NUL character", "Q\u0000");
                yield return ("a control character", "bell\u0007");
                yield return ($"{OverlongLength:N0} characters", new string('x', OverlongLength));
                yield return ("a number for text", 12345);
                foreach (var value in ForTextFormat(schema))
                {
                    yield return (value.Case, value.Value);
                }
                break;
            case "integer":
                yield return ("past Int32", JsonValue.Create(2_147_483_648L));
                yield return ("below Int32", JsonValue.Create(-2_147_483_649L));
                yield return ("1e30", JsonNode.Parse("1e30"));
                yield return ("a fraction", JsonValue.Create(1.5));
                yield return ("text for a number", "many");
                break;
            case "number":
                yield return ("1e30", JsonNode.Parse("1e30"));
                yield return ("-1e30", JsonNode.Parse("-1e30"));
                yield return ("1e20", JsonNode.Parse("1e20"));
                yield return ("a billionth", JsonNode.Parse("1e-9"));
                yield return ("text for a number", "many");
                break;
            case "boolean":
                yield return ("text for a boolean", "yes");
                break;
            case "array":
                yield return ("text for a list", "a list");
                var item = example is JsonArray { Count: > 0 } items ? items[0] : JsonValue.Create("item");
                yield return ("10,001 items", new JsonArray(Enumerable.Range(0, 10_001).Select(_ => item?.DeepClone()).ToArray()));
                yield return ("a list of lists", new JsonArray(new JsonArray(), new JsonArray()));
                break;
            case "object":
                yield return ("text for an object", "an object");
                yield return ("a list for an object", new JsonArray());
                break;
        }
    }

    /// <summary>Values for a query or route parameter, as sent on the wire (already URL-encoded).</summary>
    /// <param name="inPath">
    /// A NUL in the path is refused by Kestrel (400) before any application code runs, and the in-process test server
    /// cannot carry one, so it is sent in query values only.
    /// </param>
    public static IEnumerable<(string Case, string Value)> ForParameter(ApiSchema schema, bool inPath)
    {
        if (!inPath)
        {
            yield return ("a NUL character", "a%00b");
        }
        yield return ("a control character", "bell%07");
        yield return ($"{OverlongParameterLength:N0} characters", new string('x', OverlongParameterLength));
        switch (schema.Kind)
        {
            case "integer":
            case "number":
                yield return ("past Int64", "99999999999999999999");
                yield return ("past Int32", "2147483648");
                yield return ("negative", "-1");
                yield return ("text for a number", "many");
                break;
            case "boolean":
                yield return ("text for a boolean", "maybe");
                break;
            default:
                foreach (var value in ForTextFormat(schema))
                {
                    yield return (value.Case, Uri.EscapeDataString(value.Value));
                }
                break;
        }
    }

    private static IEnumerable<(string Case, string Value)> ForTextFormat(ApiSchema schema)
    {
        if (schema.Enum.Count > 0)
        {
            yield return ("an unknown enum value", "no-such-value");
        }
        switch (schema.Format)
        {
            case "uuid":
                yield return ("not a uuid", "not-a-uuid");
                break;
            case "date":
                yield return ("year 1", "0001-01-01");
                yield return ("year 9999", "9999-12-31");
                yield return ("an impossible date", "2025-02-30");
                break;
            case "date-time":
                yield return ("year 1", "0001-01-01T00:00:00Z");
                yield return ("year 9999", "9999-12-31T23:59:59Z");
                yield return ("an impossible date", "2025-02-30T10:00:00Z");
                break;
        }
    }
}

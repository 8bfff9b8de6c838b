using System.Text;
using System.Text.Json.Nodes;

namespace CpPlatform.TestSupport.Hostile;

/// <summary>One hostile request against one operation: where the hostile value is, what it is, and the request.</summary>
public sealed record HostileCase(string Where, string What, string Url, string? Body)
{
    public const string Oversized = "2 MiB";

    public HttpRequestMessage ToRequest(string method)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), Url);
        if (Body is not null)
        {
            request.Content = new StringContent(Body, Encoding.UTF8, "application/json");
        }
        // A server refusing a body it will not read closes the connection: the next request must not reuse it.
        request.Headers.ConnectionClose = What == Oversized;
        return request;
    }

    /// <summary>The operation called with made-up values (its body unbindable when it has one): asks only whether the caller is let in.</summary>
    public static HostileCase Probe(ApiOperation operation, ExampleValues examples)
    {
        // Made-up route values: an action without a body (cancel, check-in) must not be carried out by the probe.
        var pathValues = operation.InPath.ToDictionary(parameter => parameter.Name, parameter => Uri.EscapeDataString(examples.Text(parameter.Name, parameter.Schema)));
        var requiredQuery = RequiredQuery(operation, examples);
        return new HostileCase("", "probe", UrlOf(operation.PathTemplate, pathValues, requiredQuery), operation.Body is null ? null : "\"probe\"");
    }

    /// <summary>Every hostile case of <paramref name="operation"/>: each parameter and body field in turn, then the body as a whole.</summary>
    public static IEnumerable<HostileCase> For(ApiOperation operation, ExampleValues examples)
    {
        var pathValues = operation.InPath.ToDictionary(parameter => parameter.Name, parameter => Uri.EscapeDataString(examples.PathValue(operation.PathTemplate, parameter)));
        var requiredQuery = RequiredQuery(operation, examples);
        var body = operation.Body is null ? null : examples.For("body", operation.Body);
        var bodyText = body?.ToJsonString();
        var url = UrlOf(operation.PathTemplate, pathValues, requiredQuery);

        foreach (var parameter in operation.InPath)
        {
            foreach (var (what, value) in HostileValues.ForParameter(parameter.Schema, inPath: true))
            {
                yield return new HostileCase($"path {parameter.Name}", what, UrlOf(operation.PathTemplate, With(pathValues, parameter.Name, value), requiredQuery), bodyText);
            }
        }
        foreach (var parameter in operation.InQuery)
        {
            foreach (var (what, value) in HostileValues.ForParameter(parameter.Schema, inPath: false))
            {
                yield return new HostileCase($"query {parameter.Name}", what, UrlOf(operation.PathTemplate, pathValues, With(requiredQuery, parameter.Name, value)), bodyText);
            }
        }
        if (operation.Body is null || body is null)
        {
            yield break;
        }
        foreach (var (where, schema, example, replace) in Fields(body, operation.Body, "", depth: 0))
        {
            foreach (var (what, value) in HostileValues.ForField(schema, example))
            {
                replace(value);
                yield return new HostileCase($"body {where}", what, url, body.ToJsonString());
            }
            replace(example);
        }
        foreach (var (what, text) in WholeBodies(body, operation.Body, operation.BodyRequired))
        {
            yield return new HostileCase("body", what, url, text);
        }
    }

    private static IEnumerable<(string What, string Text)> WholeBodies(JsonNode body, ApiSchema schema, bool bodyRequired)
    {
        if (bodyRequired)
        {
            // An optional body may be null: it means no body.
            yield return ("null", "null");
        }
        yield return ("a list", "[]");
        yield return ("text", "\"text\"");
        yield return ("nested 1,000 deep", string.Concat(Enumerable.Repeat("{\"a\":", 1_000)) + "1" + new string('}', 1_000));
        yield return (Oversized, $"{{\"padding\":\"{new string('x', 2 * 1024 * 1024)}\"}}");
        if (body is JsonObject fields && fields.Count > 0)
        {
            var (name, value) = fields.First();
            yield return ($"{name} twice", $"{{\"{name}\":{value?.ToJsonString() ?? "null"},{body.ToJsonString()[1..]}");
        }
        foreach (var required in schema.Required)
        {
            var without = body.DeepClone().AsObject();
            without.Remove(required);
            yield return ($"without {required}", without.ToJsonString());
        }
    }

    /// <summary>
    /// The body's fields, nested objects and the first item of lists included, each with its example node (put back
    /// after the hostile values) and a way to set its value.
    /// </summary>
    private static IEnumerable<(string Where, ApiSchema Schema, JsonNode? Example, Action<JsonNode?> Replace)> Fields(
        JsonNode node, ApiSchema schema, string prefix, int depth)
    {
        if (depth > 3)
        {
            yield break;
        }
        if (node is JsonObject container)
        {
            foreach (var (name, propertySchema) in schema.Properties)
            {
                var where = prefix.Length == 0 ? name : $"{prefix}.{name}";
                var example = container[name];
                yield return (where, propertySchema, example, value => container[name] = value);
                if (example is not null)
                {
                    foreach (var field in Fields(example, propertySchema, where, depth + 1))
                    {
                        yield return field;
                    }
                }
            }
        }
        else if (node is JsonArray list && list.Count > 0 && list[0] is { } first && schema.Items is not null)
        {
            var where = $"{prefix}[0]";
            yield return (where, schema.Items, first, value => list[0] = value);
            foreach (var field in Fields(first, schema.Items, where, depth + 1))
            {
                yield return field;
            }
        }
    }

    /// <summary>Example values for the query parameters the operation requires, URL-encoded; optional ones are left out.</summary>
    private static Dictionary<string, string> RequiredQuery(ApiOperation operation, ExampleValues examples) =>
        operation.InQuery.Where(parameter => parameter.Required)
            .ToDictionary(parameter => parameter.Name, parameter => Uri.EscapeDataString(examples.Text(parameter.Name, parameter.Schema)));

    private static Dictionary<string, string> With(Dictionary<string, string> values, string name, string value) =>
        new(values) { [name] = value };

    private static string UrlOf(string template, IReadOnlyDictionary<string, string> pathValues, IReadOnlyDictionary<string, string> query)
    {
        var path = pathValues.Aggregate(template, (current, pair) => current.Replace($"{{{pair.Key}}}", pair.Value, StringComparison.Ordinal));
        return query.Count == 0 ? path : $"{path}?{string.Join('&', query.Select(pair => $"{pair.Key}={pair.Value}"))}";
    }
}

using System.Text.Json;

namespace CpPlatform.TestSupport.Hostile;

/// <summary>One operation of a service's OpenAPI document, with its schemas resolved.</summary>
public sealed record ApiOperation(string Method, string PathTemplate, IReadOnlyList<ApiParameter> Parameters, ApiSchema? Body, bool BodyRequired)
{
    public override string ToString() => $"{Method} {PathTemplate}";

    public IEnumerable<ApiParameter> InPath => Parameters.Where(parameter => parameter.In == "path");

    public IEnumerable<ApiParameter> InQuery => Parameters.Where(parameter => parameter.In == "query");

    /// <summary>Reads every operation of an OpenAPI 3.x document (the shape Microsoft.AspNetCore.OpenApi writes).</summary>
    public static IReadOnlyList<ApiOperation> ReadAll(JsonElement document)
    {
        var schemas = document.TryGetProperty("components", out var components) && components.TryGetProperty("schemas", out var found)
            ? found
            : default;
        var operations = new List<ApiOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in path.Value.EnumerateObject().Where(item => item.Value.ValueKind == JsonValueKind.Object && item.Name != "parameters"))
            {
                var parameters = method.Value.TryGetProperty("parameters", out var list)
                    ? list.EnumerateArray().Select(parameter => new ApiParameter(
                        parameter.GetProperty("name").GetString()!,
                        parameter.GetProperty("in").GetString()!,
                        parameter.TryGetProperty("required", out var required) && required.GetBoolean(),
                        ApiSchema.Resolve(parameter.TryGetProperty("schema", out var schema) ? schema : default, schemas))).ToList()
                    : [];
                var bodyRequired = method.Value.TryGetProperty("requestBody", out var described)
                    && described.TryGetProperty("required", out var isRequired) && isRequired.GetBoolean();
                var body = method.Value.TryGetProperty("requestBody", out var requestBody)
                    && requestBody.TryGetProperty("content", out var content)
                    && content.TryGetProperty("application/json", out var json)
                    && json.TryGetProperty("schema", out var bodySchema)
                        ? ApiSchema.Resolve(bodySchema, schemas)
                        : null;
                operations.Add(new ApiOperation(method.Name.ToUpperInvariant(), path.Name, parameters, body, bodyRequired));
            }
        }
        return operations;
    }
}

public sealed record ApiParameter(string Name, string In, bool Required, ApiSchema Schema);

using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CpPlatform.Gateway.Tokens;

/// <summary>
/// Describes the token endpoint's form body in OpenAPI. Not declared with <c>Accepts</c>: that would let routing answer
/// other content types with 415, where RFC 6749 wants an <c>invalid_request</c> error.
/// </summary>
internal static class TokenRequestDescription
{
    public static Task AddFormBody(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/x-www-form-urlencoded"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { "grant_type" },
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["grant_type"] = Text("Always client_credentials."),
                            ["client_id"] = Text("The client id, unless sent with HTTP Basic."),
                            ["client_secret"] = Text("The client secret, unless sent with HTTP Basic."),
                            ["scope"] = Text("Space-separated scopes to narrow the token to; all the client's scopes when absent."),
                        },
                    },
                },
            },
        };
        return Task.CompletedTask;
    }

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
}

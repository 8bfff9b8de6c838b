using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CpPlatform.Gateway.Tokens;

/// <summary>
/// Describes the token endpoint in OpenAPI: its form body (not declared with <c>Accepts</c>, which would let routing
/// answer other content types with 415 where RFC 6749 wants <c>invalid_request</c>), and no bearer token to call it.
/// </summary>
internal static class TokenRequestDescription
{
    public static Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
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
        // Overrides the document-wide bearer requirement: this is where a client gets its first token.
        operation.Security = [];
        return Task.CompletedTask;
    }

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
}

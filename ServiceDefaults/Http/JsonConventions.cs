using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CpPlatform.ServiceDefaults.Http;

public static class JsonConventions
{
    /// <summary>Enums travel as kebab-case strings (<c>leather-tanning</c>, <c>small</c>), names as camelCase.</summary>
    public static void Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
    }

    public static IHostApplicationBuilder AddJsonConventions(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<JsonOptions>(options =>
        {
            Apply(options.SerializerOptions);
            // Request bodies: a string with a control character is refused, naming its JSON path (400).
            options.SerializerOptions.Converters.Add(new ControlCharacters.RefusingConverter());
            // A field given twice is ambiguous (a filter in front may read the first, we the last): refused (400).
            options.SerializerOptions.AllowDuplicateProperties = false;
        });
        // Binding failures become exceptions so the problem handler can name the offending field.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer<BearerSecuritySchemeTransformer>());
        return builder;
    }
}

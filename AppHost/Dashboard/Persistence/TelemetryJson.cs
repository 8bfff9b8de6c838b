using System.Text.Json;
using System.Text.Json.Serialization;

namespace CpPlatform.Dashboard.Persistence;

/// <summary>The dashboard's JSON, on disk and in the API alike: camelCase, enums as kebab-case words.</summary>
public static class TelemetryJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;
        return options;
    }
}

using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CpPlatform.Dashboard.Pages;

/// <summary>The pages, scripts and stylesheet, embedded in this assembly: nothing is fetched from the internet.</summary>
internal static class StaticPages
{
    private static readonly Assembly Assembly = typeof(StaticPages).Assembly;
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    public static IEndpointRouteBuilder MapStaticPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", () => Results.Redirect("/resources.html"));
        endpoints.MapGet("/{file}", (string file) => Page(file));
        return endpoints;
    }

    public static IResult Page(string file)
    {
        var extension = Path.GetExtension(file);
        if (!ContentTypes.TryGetValue(extension, out var contentType) || Assembly.GetManifestResourceStream($"wwwroot/{file}") is not { } stream)
        {
            return Results.NotFound();
        }
        return Results.Stream(stream, contentType);
    }
}

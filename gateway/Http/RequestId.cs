namespace CpPlatform.Gateway.Http;

public static class RequestId
{
    public const string HeaderName = "X-Request-Id";
    private const int MaxLength = 128;

    /// <summary>
    /// Keeps the caller's <c>X-Request-Id</c> (or makes one), forwards it to the services and echoes it in the answer,
    /// so one id finds a call in the caller's, the gateway's and the service's logs.
    /// </summary>
    public static IApplicationBuilder UseRequestId(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var incoming = context.Request.Headers[HeaderName].ToString();
        var id = IsAcceptable(incoming) ? incoming : Guid.NewGuid().ToString("N");
        context.Request.Headers[HeaderName] = id;
        context.TraceIdentifier = id;
        // Set when the answer starts, so error handlers that clear the headers cannot drop it.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = id;
            return Task.CompletedTask;
        });
        await next(context);
    });

    /// <summary>Only short printable ids are kept: a header is copied into logs and other requests.</summary>
    private static bool IsAcceptable(string id) =>
        id.Length is > 0 and <= MaxLength && id.All(character => character is > ' ' and <= '~');
}

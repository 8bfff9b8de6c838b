using System.IO.Compression;
using CpPlatform.Dashboard.Otlp.Proto.Collector.Logs;
using CpPlatform.Dashboard.Otlp.Proto.Collector.Metrics;
using CpPlatform.Dashboard.Otlp.Proto.Collector.Trace;
using CpPlatform.Dashboard.Security;
using CpPlatform.Dashboard.Storage;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CpPlatform.Dashboard.Otlp;

/// <summary>
/// OTLP/HTTP with protobuf bodies (<c>POST /v1/traces</c>, <c>/v1/metrics</c>, <c>/v1/logs</c>), what the .NET
/// exporter sends with <c>OtlpExportProtocol.HttpProtobuf</c>. Exporters prove themselves with the API key header.
/// </summary>
public static class OtlpReceiver
{
    private const string Protobuf = "application/x-protobuf";
    private const int MaxBodyBytes = 32 * 1024 * 1024;

    public static IEndpointRouteBuilder MapOtlpReceiver(this IEndpointRouteBuilder endpoints, TelemetryStores stores, DateTimeOffset since)
    {
        var metrics = new MetricConversion(new CumulativeToDelta(since));
        var otlp = endpoints.MapGroup("/v1").AddEndpointFilter<OtlpApiKeyFilter>();

        otlp.MapPost("/traces", async (HttpRequest request) =>
        {
            if (await ReadAsync(request, ExportTraceServiceRequest.Parser) is not { } export)
            {
                return Unsupported();
            }
            stores.Spans.Add(TraceConversion.ToSpans(export));
            return Answer(new ExportTraceServiceResponse());
        });

        otlp.MapPost("/metrics", async (HttpRequest request) =>
        {
            if (await ReadAsync(request, ExportMetricsServiceRequest.Parser) is not { } export)
            {
                return Unsupported();
            }
            stores.Metrics.Add(metrics.ToSamples(export));
            return Answer(new ExportMetricsServiceResponse());
        });

        otlp.MapPost("/logs", async (HttpRequest request) =>
        {
            if (await ReadAsync(request, ExportLogsServiceRequest.Parser) is not { } export)
            {
                return Unsupported();
            }
            stores.Logs.Add(LogConversion.ToEntries(export));
            return Answer(new ExportLogsServiceResponse());
        });
        return endpoints;
    }

    /// <summary>The request's protobuf body (gzip allowed), or null when it is not protobuf.</summary>
    private static async Task<T?> ReadAsync<T>(HttpRequest request, MessageParser<T> parser) where T : class, IMessage<T>
    {
        if (request.ContentType?.StartsWith(Protobuf, StringComparison.OrdinalIgnoreCase) != true)
        {
            return null;
        }
        var body = request.Headers.ContentEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(request.Body, CompressionMode.Decompress)
            : request.Body;
        await using (body)
        {
            using var buffer = new MemoryStream();
            await body.CopyToAsync(buffer);
            if (buffer.Length > MaxBodyBytes)
            {
                throw new BadHttpRequestException("The export is larger than the dashboard accepts.", StatusCodes.Status413PayloadTooLarge);
            }
            buffer.Position = 0;
            return parser.ParseFrom(buffer);
        }
    }

    private static IResult Answer(IMessage response) => Results.Bytes(response.ToByteArray(), Protobuf);

    private static IResult Unsupported() => Results.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: "OTLP/HTTP with protobuf bodies only",
        detail: $"Send Content-Type: {Protobuf} (OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf).");
}

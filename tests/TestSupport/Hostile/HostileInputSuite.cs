using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace CpPlatform.TestSupport.Hostile;

/// <summary>
/// Reads a service's OpenAPI document and sends every operation hostile values in each parameter and body field, as
/// a caller whose token the operation accepts and as an anonymous one. Every answer must be a 4xx problem without
/// internals, and the service's tables must hold the same rows afterwards. A new endpoint is covered once it is
/// in the document.
/// </summary>
public sealed class HostileInputSuite(Func<string?, HttpClient> createClient, string databaseConnectionString)
{
    private static readonly string[] Internals = ["Exception", "   at ", "StackTrace", "Npgsql", "System.", "Microsoft.", "MassTransit", "StackExchange"];

    /// <summary>Tokens to try, most common first: an operation is attacked with the first its authorization accepts.</summary>
    public required IReadOnlyList<string> Tokens { get; init; }

    /// <summary>
    /// Values for fields and parameters by name, and for route values by the route up to them
    /// (<c>/api/events/{id}</c>), where a generated example would not pass the service's rules or name nothing that exists.
    /// </summary>
    public IReadOnlyDictionary<string, string> KnownValues { get; init; } = new Dictionary<string, string>();

    /// <summary>Operations left out, by "METHOD /path/template", each for a stated reason.</summary>
    public IReadOnlyDictionary<string, string> Excluded { get; init; } = new Dictionary<string, string>();

    public async Task<HostileInputReport> RunAsync()
    {
        var anonymous = createClient(null);
        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var examples = new ExampleValues(KnownValues);
        var report = new HostileInputReport();
        foreach (var operation in ApiOperation.ReadAll(document).Where(operation => !Excluded.ContainsKey(operation.ToString())))
        {
            var before = await TableContents.ReadAsync(databaseConnectionString);
            var token = await TokenAcceptedByAsync(operation, examples);
            var caller = token is null ? anonymous : createClient(token);
            var cases = HostileCase.For(operation, examples).ToList();
            foreach (var hostile in cases)
            {
                await SendAsync(caller, operation, hostile, report);
            }
            if (token is not null && cases.Count > 0)
            {
                await SendAsync(anonymous, operation, cases[0] with { What = $"{cases[0].What}, without a token" }, report);
            }
            var changes = TableContents.Changes(before, await TableContents.ReadAsync(databaseConnectionString)).ToList();
            if (changes.Count > 0)
            {
                report.Fail($"{operation}: hostile requests changed data ({string.Join("; ", changes)})");
            }
            report.Operations++;
        }
        return report;
    }

    /// <summary>The first token whose caller the operation lets in (anything but 401 or 403), null when it takes anonymous callers.</summary>
    private async Task<string?> TokenAcceptedByAsync(ApiOperation operation, ExampleValues examples)
    {
        // A body that cannot bind: authorization answers before binding, and nothing can be written by the probe.
        var request = HostileCase.Probe(operation, examples);
        foreach (var token in new string?[] { null }.Concat(Tokens))
        {
            using var response = await createClient(token).SendAsync(request.ToRequest(operation.Method));
            if (response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden))
            {
                return token;
            }
        }
        return Tokens[0];
    }

    private static async Task SendAsync(HttpClient caller, ApiOperation operation, HostileCase hostile, HostileInputReport report)
    {
        HttpResponseMessage response;
        try
        {
            response = await caller.SendAsync(hostile.ToRequest(operation.Method));
        }
        catch (HttpRequestException) when (hostile.What == HostileCase.Oversized)
        {
            // Over a real socket the server may answer 413 and close before the client has sent the whole body.
            report.Count(StatusCodes.Status413PayloadTooLarge);
            return;
        }
        catch (HttpRequestException exception)
        {
            report.Fail($"{operation} — {hostile.Where}: {hostile.What} → no answer: {exception.Message} {exception.InnerException?.Message}");
            return;
        }
        using var answer = response;
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        report.Count(status);
        var failure = status switch
        {
            >= 500 => "a server error",
            < 400 => "accepted",
            _ when response.Content.Headers.ContentType?.MediaType != "application/problem+json" => $"not a problem ({response.Content.Headers.ContentType?.MediaType ?? "no content type"})",
            _ when Internals.FirstOrDefault(marker => body.Contains(marker, StringComparison.Ordinal)) is { } marker => $"internals shown ({marker})",
            _ => null,
        };
        if (failure is not null)
        {
            report.Fail($"{operation} — {hostile.Where}: {hostile.What} → {status} {failure}: {body[..Math.Min(body.Length, 300)]}");
        }
    }
}

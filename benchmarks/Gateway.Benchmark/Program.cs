using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CpPlatform.Gateway.Benchmark;

// Measures one call through the gateway and directly against the owning service, in the same run and with the same
// token, and prints requests/s, p50 and p99 and the gateway's cost as ratios. Scenarios:
//   enterprise   GET /api/enterprises/{id} as a center app
//   eligibility  POST /api/financing/eligibility as a partner bank (the banks' hot path)
// Usage: Gateway.Benchmark <apphost data dir> [enterprise|eligibility] [seconds per target] [connections]
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: Gateway.Benchmark <apphost data dir> [enterprise|eligibility] [seconds] [connections]  (eng/bench.sh runs it)");
    return 2;
}
var dataDirectory = args[0];
var scenario = args.Length > 1 ? args[1] : "enterprise";
var duration = TimeSpan.FromSeconds(args.Length > 2 ? int.Parse(args[2]) : 10);
var connections = args.Length > 3 ? int.Parse(args[3]) : 32;

// Addresses as Aspire's service discovery names them (eng/bench.sh sets them from the AppHost's start-up report).
Uri UrlOf(string resource) => new(Environment.GetEnvironmentVariable($"services__{resource}__http__0")
    ?? throw new InvalidOperationException($"services__{resource}__http__0 is not set: run the benchmark with eng/bench.sh."));
var gateway = UrlOf("gateway");
var admin = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dataDirectory, "admin-client.json"))).RootElement;

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections * 2 }) { Timeout = TimeSpan.FromSeconds(30) };
var setup = new PlatformSetup(http, gateway);
var adminToken = await setup.TokenAsync(admin.GetProperty("client_id").GetString()!, admin.GetProperty("client_secret").GetString()!);
var target = scenario switch
{
    "enterprise" => await setup.EnterpriseReadAsync(adminToken),
    "eligibility" => await setup.EligibilityQuestionAsync(adminToken),
    _ => throw new ArgumentException($"Unknown scenario '{scenario}': enterprise or eligibility."),
};
var service = UrlOf(target.Service);
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", target.Token);
Func<HttpRequestMessage> To(Uri root) => () => new HttpRequestMessage(target.Method, new Uri(root, target.Path))
{
    Content = target.Body is null ? null : JsonContent.Create(target.Body),
};

Console.WriteLine($"{target.Method} {target.Path}: {connections} connections, {duration.TotalSeconds:0} s per target in 4 alternating rounds, warm-up 3 s each");
await LoadRun.RunAsync("warm-up", http, To(service), connections, TimeSpan.FromSeconds(3));
await LoadRun.RunAsync("warm-up", http, To(gateway), connections, TimeSpan.FromSeconds(3));

// Alternating rounds, so a busy moment of the machine or a warm-up effect weighs on both targets alike.
const int rounds = 4;
var directRounds = new List<LoadResult>();
var proxiedRounds = new List<LoadResult>();
for (var round = 0; round < rounds; round++)
{
    directRounds.Add(await LoadRun.RunAsync($"direct to {target.Service}", http, To(service), connections, duration / rounds));
    proxiedRounds.Add(await LoadRun.RunAsync("through gateway", http, To(gateway), connections, duration / rounds));
}
var direct = LoadResult.Combine(directRounds);
var proxied = LoadResult.Combine(proxiedRounds);

Console.WriteLine();
Console.WriteLine($"{"run",-22} {"requests",9} {"failed",7} {"req/s",9} {"p50 ms",8} {"p99 ms",8}");
foreach (var run in new[] { direct, proxied })
{
    Console.WriteLine($"{run.Name,-22} {run.Requests,9} {run.Failures,7} {run.RequestsPerSecond,9:0} {run.P50Ms,8:0.00} {run.P99Ms,8:0.00}");
}
Console.WriteLine();
Console.WriteLine($"gateway / direct: throughput {proxied.RequestsPerSecond / direct.RequestsPerSecond:0.00}x, " +
                  $"p50 {proxied.P50Ms / direct.P50Ms:0.00}x, p99 {proxied.P99Ms / direct.P99Ms:0.00}x");
return direct.Failures + proxied.Failures == 0 ? 0 : 1;

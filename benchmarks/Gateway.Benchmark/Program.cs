using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CpPlatform.Gateway.Benchmark;

// Measures one GET (an enterprise by id) through the gateway and directly against the enterprises service, in the
// same run and with the same token, and prints requests/s, p50 and p99 and the gateway's cost as a ratio.
// Usage: Gateway.Benchmark <apphost data dir> [seconds per run, default 10] [connections, default 32]
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: Gateway.Benchmark <apphost data dir> [seconds] [connections]  (eng/bench.sh runs it)");
    return 2;
}
var dataDirectory = args[0];
var duration = TimeSpan.FromSeconds(args.Length > 1 ? int.Parse(args[1]) : 10);
var connections = args.Length > 2 ? int.Parse(args[2]) : 32;

var state = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dataDirectory, "apphost-state.json"))).RootElement;
string UrlOf(string resource) => state.GetProperty("resources").EnumerateArray()
    .Single(r => r.GetProperty("name").GetString() == resource).GetProperty("url").GetString()!;
var gateway = new Uri(UrlOf("gateway"));
var enterprisesService = new Uri(UrlOf("enterprises"));
var admin = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dataDirectory, "admin-client.json"))).RootElement;

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections * 2 }) { Timeout = TimeSpan.FromSeconds(30) };
var setup = new PlatformSetup(http, gateway);
var adminToken = await setup.TokenAsync(admin.GetProperty("client_id").GetString()!, admin.GetProperty("client_secret").GetString()!);
var centerId = $"bench-{Guid.NewGuid():N}"[..14];
var national = await setup.CreateClientAsync(adminToken, new { name = "bench national", kind = "national" });
await setup.PostAsync(national, "/api/centers", new { id = centerId, name = "Benchmark center", country = "MX" });
var center = await setup.CreateClientAsync(adminToken, new { name = "bench center", kind = "center", centerId });
var enterpriseId = await setup.RegisterEnterpriseAsync(center);

http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", center);
var path = $"/api/enterprises/{enterpriseId}";
Console.WriteLine($"GET {path}: {connections} connections, {duration.TotalSeconds:0} s per target in 4 alternating rounds, warm-up 3 s each");
await LoadRun.RunAsync("warm-up", http, new Uri(enterprisesService, path), connections, TimeSpan.FromSeconds(3));
await LoadRun.RunAsync("warm-up", http, new Uri(gateway, path), connections, TimeSpan.FromSeconds(3));
// Alternating rounds, so a busy moment of the machine or a warm-up effect weighs on both targets alike.
const int rounds = 4;
var directRounds = new List<LoadResult>();
var proxiedRounds = new List<LoadResult>();
for (var round = 0; round < rounds; round++)
{
    directRounds.Add(await LoadRun.RunAsync("direct to service", http, new Uri(enterprisesService, path), connections, duration / rounds));
    proxiedRounds.Add(await LoadRun.RunAsync("through gateway", http, new Uri(gateway, path), connections, duration / rounds));
}
var direct = LoadResult.Combine(directRounds);
var proxied = LoadResult.Combine(proxiedRounds);

Console.WriteLine();
Console.WriteLine($"{"run",-18} {"requests",9} {"failed",7} {"req/s",9} {"p50 ms",8} {"p99 ms",8}");
foreach (var run in new[] { direct, proxied })
{
    Console.WriteLine($"{run.Name,-18} {run.Requests,9} {run.Failures,7} {run.RequestsPerSecond,9:0} {run.P50Ms,8:0.00} {run.P99Ms,8:0.00}");
}
Console.WriteLine();
Console.WriteLine($"gateway / direct: throughput {proxied.RequestsPerSecond / direct.RequestsPerSecond:0.00}x, " +
                  $"p50 {proxied.P50Ms / direct.P50Ms:0.00}x, p99 {proxied.P99Ms / direct.P99Ms:0.00}x");
return direct.Failures + proxied.Failures == 0 ? 0 : 1;

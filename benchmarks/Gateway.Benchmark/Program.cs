using System.Text.Json;
using CpPlatform.Gateway.Benchmark;

// eng/bench.sh runs this in one of two modes:
//   Gateway.Benchmark <apphost data dir> <targets file>
//     creates, through the gateway, what each wrk scenario's call needs and writes one line per scenario for wrk
//     (eng/bench.sh measures them from outside every process): scenario service method path expected-status token body
//   Gateway.Benchmark events <apphost data dir> <seconds> <registrations per second> <warm-up seconds>
//     the "events" scenario (EventsScenario): exits 1 when a registration failed or an event did not arrive
const string usage = "usage: Gateway.Benchmark <apphost data dir> <targets file> | events <apphost data dir> <seconds> <per second> <warm-up seconds>  (eng/bench.sh runs it)";
var events = args is ["events", ..];
if (events ? args.Length < 5 : args.Length < 2)
{
    Console.Error.WriteLine(usage);
    return 2;
}
var dataDirectory = events ? args[1] : args[0];

// Addresses as Aspire's service discovery names them (eng/bench.sh sets them from the AppHost's start-up report).
var gateway = new Uri(Environment.GetEnvironmentVariable("services__gateway__http__0")
    ?? throw new InvalidOperationException("services__gateway__http__0 is not set: run the benchmark with eng/bench.sh."));
var admin = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dataDirectory, "admin-client.json"))).RootElement;

using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
var setup = new PlatformSetup(http, gateway);
var adminToken = await setup.TokenAsync(admin.GetProperty("client_id").GetString()!, admin.GetProperty("client_secret").GetString()!);
if (events)
{
    var delivered = await new EventsScenario(setup).RunAsync(adminToken, perSecond: int.Parse(args[3]),
        duration: TimeSpan.FromSeconds(double.Parse(args[2])), warmUp: TimeSpan.FromSeconds(double.Parse(args[4])), grace: TimeSpan.FromSeconds(15));
    return delivered ? 0 : 1;
}

List<BenchmarkTarget> targets =
[
    await setup.EligibilityQuestionAsync(adminToken),
    .. await setup.EnterpriseReadsAsync(adminToken),
    PlatformSetup.CertificateCheck(),
    await setup.PortfolioReadAsync(adminToken, Environment.GetEnvironmentVariable("ConnectionStrings__assessments")
        ?? throw new InvalidOperationException("ConnectionStrings__assessments is not set: run the benchmark with eng/bench.sh.")),
];
await File.WriteAllLinesAsync(args[1], targets.Select(target => string.Join('\t',
    target.Scenario, target.Service, target.Method.Method, target.Path, target.ExpectedStatus,
    target.Token ?? "-", target.Body is null ? "-" : JsonSerializer.Serialize(target.Body, JsonSerializerOptions.Web))));
return 0;

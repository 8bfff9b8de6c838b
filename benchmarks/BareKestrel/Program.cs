// The ceiling of this machine for the benchmark: Kestrel answering a JSON POST with JSON, nothing else (no logging,
// no telemetry, no authentication). eng/bench.sh measures it in the same run as the platform.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapPost("/echo", (Question question) => TypedResults.Ok(new Answer(question.Amount > 0, question.Amount)));
app.Run();

internal sealed record Question(string? TaxId, decimal Amount);

internal sealed record Answer(bool Eligible, decimal Amount);

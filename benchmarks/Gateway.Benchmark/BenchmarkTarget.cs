namespace CpPlatform.Gateway.Benchmark;

/// <summary>
/// One call a benchmark scenario repeats: which service owns it, the request, the status a right answer has and the
/// caller's token (none for public calls).
/// </summary>
internal sealed record BenchmarkTarget(string Scenario, string Service, HttpMethod Method, string Path, int ExpectedStatus, object? Body, string? Token);

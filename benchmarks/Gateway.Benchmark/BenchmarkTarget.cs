namespace CpPlatform.Gateway.Benchmark;

/// <summary>The one call a benchmark repeats: which service owns it, the request, and the caller's token.</summary>
internal sealed record BenchmarkTarget(string Service, HttpMethod Method, string Path, object? Body, string Token);

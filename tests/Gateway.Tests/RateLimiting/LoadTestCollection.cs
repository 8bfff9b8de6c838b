namespace CpPlatform.Gateway.Tests.RateLimiting;

/// <summary>
/// Tests that load the machine on purpose (thousands of concurrent acquisitions, a thousand requests through the
/// gateway) run alone, after the others: on two cores they would otherwise slow the timing-sensitive tests beside them
/// (a hung Redis's one-second bound).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadTestCollection
{
    public const string Name = "Rate-limit load";
}

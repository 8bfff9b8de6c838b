// Two AppHosts starting at once on two cores made the first requests of the flows time out: the lifecycle test runs
// alone, before or after the shared platform.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace CpPlatform.EndToEnd.Tests;

/// <summary>
/// The flow tests share one running platform (each uses its own centers, banks and tax ids), so CI boots it once;
/// the lifecycle test runs its own, since it kills and stops processes.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}

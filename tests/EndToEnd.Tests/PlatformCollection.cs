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

namespace CpPlatform.AppHost;

/// <summary>What every CP Platform project is given: its database, the broker, the cache and the token keys.</summary>
public static class PlatformServiceExtensions
{
    /// <summary>
    /// A service behind the gateway: an http endpoint on a port DCP allocates and the service binds itself (no proxy in
    /// the path of every call), <c>/health</c> watched, and its servers referenced and waited for.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AsPlatformService(
        this IResourceBuilder<ProjectResource> project,
        IResourceBuilder<IResourceWithConnectionString> database,
        IResourceBuilder<IResourceWithConnectionString> messaging,
        IResourceBuilder<IResourceWithConnectionString> cache,
        PlatformIdentity identity) =>
        project
            .FromBuiltAssembly()
            .WithHttpEndpoint(isProxied: false)
            .WithHttpHealthCheck("/health")
            .WithReference(database).WaitFor(database)
            .WithReference(messaging).WaitFor(messaging)
            .WithReference(cache).WaitFor(cache)
            .WithTokenValidation(identity);

    /// <summary>Checks the gateway's tokens: its public key, issuer and audience.</summary>
    public static IResourceBuilder<ProjectResource> WithTokenValidation(this IResourceBuilder<ProjectResource> project, PlatformIdentity identity) =>
        project
            .WithEnvironment("Auth__SigningPublicKey", identity.SigningPublicKey)
            .WithEnvironment("Auth__Issuer", PlatformIdentity.Issuer)
            .WithEnvironment("Auth__Audience", PlatformIdentity.Audience);

    /// <summary>Issues the tokens (the private key) and makes sure the bootstrap admin client exists.</summary>
    public static IResourceBuilder<ProjectResource> WithTokenIssuer(this IResourceBuilder<ProjectResource> project, PlatformIdentity identity) =>
        project
            .WithTokenValidation(identity)
            .WithEnvironment("Auth__SigningPrivateKey", identity.SigningPrivateKey)
            .WithEnvironment("Gateway__BootstrapAdmin__ClientId", identity.AdminClientId)
            .WithEnvironment("Gateway__BootstrapAdmin__ClientSecret", identity.AdminClientSecret);
}

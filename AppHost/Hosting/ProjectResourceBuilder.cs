namespace CpPlatform.AppHost.Hosting;

/// <summary>Wires a project to what it uses, the way Aspire's <c>IResourceBuilder</c> does.</summary>
public sealed class ProjectResourceBuilder(ProjectResource resource)
{
    public ProjectResource Resource { get; } = resource;

    /// <summary>
    /// <c>ConnectionStrings__{name}</c> for a server or database; the project starts once that server is healthy.
    /// </summary>
    public ProjectResourceBuilder WithReference(IResourceWithConnectionString dependency)
    {
        Resource.SetEnvironment($"ConnectionStrings__{dependency.Name}", () => dependency.ConnectionString);
        WaitFor(dependency switch
        {
            PostgresDatabase database => database.Server,
            Resource server => server,
            _ => throw new ArgumentException($"{dependency.Name} is not a resource the AppHost runs.", nameof(dependency)),
        });
        return this;
    }

    /// <summary><c>services__{name}__http__0</c> (Aspire's service discovery); the project starts once that one is healthy.</summary>
    public ProjectResourceBuilder WithReference(ProjectResourceBuilder service)
    {
        var target = service.Resource;
        Resource.SetEnvironment($"services__{target.Name}__http__0", () => target.Url!);
        return WaitFor(target);
    }

    /// <summary>The gateway's public key and token settings: the project checks tokens itself.</summary>
    public ProjectResourceBuilder WithReference(PlatformIdentity identity)
    {
        Resource.SetEnvironment("Auth__SigningPublicKey", () => identity.PublicKeyPem);
        Resource.SetEnvironment("Auth__Issuer", () => PlatformIdentity.Issuer);
        Resource.SetEnvironment("Auth__Audience", () => PlatformIdentity.Audience);
        return this;
    }

    /// <summary>The project issues the platform's tokens: it gets the private key and the bootstrap admin client.</summary>
    public ProjectResourceBuilder WithTokenIssuer(PlatformIdentity identity)
    {
        WithReference(identity);
        Resource.SetEnvironment("Auth__SigningPrivateKey", () => identity.PrivateKeyPem);
        Resource.SetEnvironment("Gateway__BootstrapAdmin__ClientId", () => identity.AdminClientId);
        Resource.SetEnvironment("Gateway__BootstrapAdmin__ClientSecret", () => identity.AdminClientSecret);
        return this;
    }

    public ProjectResourceBuilder WaitFor(Resource dependency)
    {
        Resource.WaitsFor.Add(dependency);
        return this;
    }

    public ProjectResourceBuilder WithEnvironment(string name, string value)
    {
        Resource.SetEnvironment(name, () => value);
        return this;
    }

    /// <summary>A fixed port (the gateway's public address) instead of a free one.</summary>
    public ProjectResourceBuilder WithHttpPort(int port)
    {
        Resource.PreferredPort = port;
        return this;
    }
}

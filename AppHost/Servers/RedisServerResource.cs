namespace CpPlatform.AppHost.Servers;

/// <summary>Redis from the machine's own binaries (<c>eng/servers.sh run redis</c>), on 127.0.0.1, nothing persisted.</summary>
public sealed class RedisServerResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    public EndpointReference Endpoint => field ??= new(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"127.0.0.1:{Endpoint.Property(EndpointProperty.TargetPort)}");
}

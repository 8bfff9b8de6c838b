namespace CpPlatform.AppHost.Servers;

/// <summary>
/// RabbitMQ from the machine's own binaries (<c>eng/servers.sh run rabbitmq</c>), with its own epmd as a separate
/// resource so that nothing is left behind when it stops. AMQP and the management API listen on 127.0.0.1.
/// </summary>
public sealed class RabbitMQServerResource(string name, string command, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "amqp";
    public const string ManagementEndpointName = "management";
    public const string UserName = "cp";

    public ParameterResource Password { get; } = password;

    public EndpointReference Endpoint => field ??= new(this, EndpointName);

    public EndpointReference ManagementEndpoint => field ??= new(this, ManagementEndpointName);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"amqp://{UserName}:{Password}@127.0.0.1:{Endpoint.Property(EndpointProperty.TargetPort)}/");
}

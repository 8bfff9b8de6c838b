namespace CpPlatform.AppHost.Servers;

/// <summary>
/// PostgreSQL from the machine's own binaries (<c>eng/servers.sh run postgres</c>): no container runtime exists here, so
/// Aspire's container-based PostgreSQL resource cannot run. Listens on 127.0.0.1 at a port DCP allocates.
/// </summary>
public sealed class PostgresServerResource(string name, string command, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";
    public const string UserName = "cp";

    public ParameterResource Password { get; } = password;

    public EndpointReference Endpoint => field ??= new(this, EndpointName);

    /// <summary>
    /// The server's connection limit (<c>eng/servers.sh run postgres</c> starts it with it) and each database's pool:
    /// eight pools of <see cref="PoolSize"/> stay under it, so an overloaded service queues for its own connections
    /// instead of taking the server's last slots from the others (Npgsql's default pool of 100 each did).
    /// </summary>
    public const int MaxConnections = 500;

    public const int PoolSize = 50;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host=127.0.0.1;Port={Endpoint.Property(EndpointProperty.TargetPort)};Username={UserName};Password={Password};Maximum Pool Size={PoolSize.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
}

/// <summary>
/// One service's database on a PostgreSQL server (ours or an external one): the server's connection string plus the
/// database name. The service creates and migrates the database itself at start-up.
/// </summary>
public sealed class PostgresDatabaseResource(string name, string databaseName, IResourceWithConnectionString server)
    : Resource(name), IResourceWithParent<IResourceWithConnectionString>, IResourceWithConnectionString
{
    public string DatabaseName { get; } = databaseName;

    public IResourceWithConnectionString Parent { get; } = server;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{Parent};Database={DatabaseName}");
}

namespace CpPlatform.AppHost.Hosting;

public sealed class PostgresServer(string name, string? externalConnectionString, int preferredPort)
    : ServerResource(name, "postgres", externalConnectionString)
{
    private const string User = "cp";
    private const string Password = "cp";
    private int _port = preferredPort;

    protected override string LocalConnectionString => $"Host=127.0.0.1;Port={_port};Username={User};Password={Password}";

    public override string? Url => IsExternal ? "(external)" : $"postgresql://127.0.0.1:{_port}";

    protected override string? PidFile(string serversDirectory)
    {
        // As root the data folder lives outside the checkout; the script records where.
        var location = Path.Combine(serversDirectory, "postgres.location");
        var root = File.Exists(location) ? File.ReadAllText(location).Trim() : Path.Combine(serversDirectory, "postgres");
        return Path.Combine(root, "data", "postmaster.pid");
    }

    protected override void ConfigurePorts(IDictionary<string, string> scriptEnvironment)
    {
        _port = Ports.PreferredOrFree(_port);
        scriptEnvironment["CP_PG_PORT"] = _port.ToString();
        scriptEnvironment["CP_PG_USER"] = User;
        scriptEnvironment["CP_PG_PASSWORD"] = Password;
    }

    /// <summary>A database of this server for one service; the service creates and migrates it at start-up.</summary>
    public PostgresDatabase AddDatabase(string resourceName, string? databaseName = null) =>
        new(resourceName, databaseName ?? resourceName.Replace("-db", ""), this);
}

/// <summary>One service's database: <c>ConnectionStrings__{name}</c> is the server's connection string plus the database.</summary>
public sealed class PostgresDatabase(string name, string databaseName, PostgresServer server) : IResourceWithConnectionString
{
    public string Name { get; } = name;
    public PostgresServer Server { get; } = server;
    public string ConnectionString => $"{Server.ConnectionString.TrimEnd(';')};Database={databaseName}";
}

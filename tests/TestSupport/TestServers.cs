namespace CpPlatform.TestSupport;

/// <summary>
/// Where the real servers started by <c>eng/servers.sh start</c> listen. The defaults match that script; the
/// environment (<c>eng/servers.sh env</c>) overrides them.
/// </summary>
public static class TestServers
{
    public const string StartHint = "Start the test servers first: `eng/servers.sh start` (or run the whole suite with `bash eng/test.sh`).";

    public static string Postgres =>
        Environment.GetEnvironmentVariable("ConnectionStrings__postgres") ?? "Host=127.0.0.1;Port=54330;Username=cp;Password=cp";

    /// <summary>The broker's root address, without a virtual host.</summary>
    public static Uri Messaging =>
        new(Environment.GetEnvironmentVariable("ConnectionStrings__messaging") ?? "amqp://guest:guest@127.0.0.1:56730/");

    public static string Cache => Environment.GetEnvironmentVariable("ConnectionStrings__cache") ?? "127.0.0.1:63830";

    public static Uri RabbitManagement =>
        new(Environment.GetEnvironmentVariable("CP_RABBIT_MGMT_URL") ?? "http://127.0.0.1:15730");

    /// <summary>A Redis address where nothing listens: a loopback port just released by the operating system.</summary>
    public static string UnreachableCache()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return $"127.0.0.1:{((System.Net.IPEndPoint)listener.LocalEndpoint).Port}";
    }
}

using System.Net;
using System.Net.Sockets;

namespace CpPlatform.AppHost.Hosting;

public static class Ports
{
    /// <summary>A port nothing listens on now, chosen by the operating system.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary><paramref name="preferred"/> when it is free, otherwise a free one: never a port something already uses.</summary>
    public static int PreferredOrFree(int preferred) => IsFree(preferred) ? preferred : Free();

    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

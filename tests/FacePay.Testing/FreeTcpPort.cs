using System.Net;
using System.Net.Sockets;

namespace FacePay.Testing;

/// <summary>Finds TCP ports on 127.0.0.1 that are free right now (for test servers and silos).</summary>
public static class FreeTcpPort
{
    /// <summary>A port on 127.0.0.1 that no one listens on at the moment of the call.</summary>
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

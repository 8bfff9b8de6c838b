namespace CpPlatform.Gateway.Proxy;

public static class GatewayPolicies
{
    /// <summary>A valid, unexpired token from this gateway; the services then check kinds and scopes themselves.</summary>
    public const string GatewayToken = "gateway-token";

    /// <summary>YARP's name for routes that need no authentication.</summary>
    public const string Anonymous = "anonymous";
}

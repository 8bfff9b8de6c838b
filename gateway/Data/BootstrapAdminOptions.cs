namespace CpPlatform.Gateway.Data;

/// <summary>The first admin client, given by the deployment (configuration section <c>Gateway:BootstrapAdmin</c>).</summary>
public sealed class BootstrapAdminOptions
{
    public const string Section = "Gateway:BootstrapAdmin";

    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
}

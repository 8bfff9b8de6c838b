using CpPlatform.ServiceDefaults.Security;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CpPlatform.Gateway.SigningKeys;

/// <summary>
/// The gateway checks tokens at its edge against its own key ring, in process: what services read from its JWKS.
/// </summary>
internal sealed class RingConfigurationManager(SigningKeyRing ring, IOptions<AuthOptions> auth) : IConfigurationManager<OpenIdConnectConfiguration>
{
    public Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancel)
    {
        var configuration = new OpenIdConnectConfiguration { Issuer = auth.Value.Issuer };
        foreach (var key in ring.Keys)
        {
            configuration.SigningKeys.Add(key);
        }
        return Task.FromResult(configuration);
    }

    public void RequestRefresh()
    {
    }
}

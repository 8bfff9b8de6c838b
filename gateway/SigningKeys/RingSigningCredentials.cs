using Microsoft.IdentityModel.Tokens;
using Microsoft.Extensions.Options;
using OpenIddict.Server;

namespace CpPlatform.Gateway.SigningKeys;

/// <summary>
/// Gives OpenIddict the ring's keys each time its options are rebuilt: the newest first, since OpenIddict signs with
/// the first asymmetric key and publishes them all in the JWKS.
/// </summary>
internal sealed class RingSigningCredentials(SigningKeyRing ring) : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        foreach (var key in ring.Keys)
        {
            options.SigningCredentials.Add(new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
        }
    }
}

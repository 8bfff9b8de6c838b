using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace CpPlatform.Gateway.SigningKeys;

/// <summary>
/// The keys in use, in memory: the newest signs, all are published in the JWKS. Replacing them tells OpenIddict to
/// rebuild its options, so a rotation takes effect without a restart.
/// </summary>
public sealed class SigningKeyRing : IOptionsChangeTokenSource<OpenIddictServerOptions>
{
    private CancellationTokenSource _changed = new();

    /// <summary>Newest first.</summary>
    public IReadOnlyList<RsaSecurityKey> Keys { get; private set; } = [];

    public string? Name => Options.DefaultName;

    public IChangeToken GetChangeToken() => new CancellationChangeToken(_changed.Token);

    public void Replace(IReadOnlyList<RsaSecurityKey> keys)
    {
        Keys = keys;
        Interlocked.Exchange(ref _changed, new CancellationTokenSource()).Cancel();
    }
}

using CpPlatform.Gateway.Domain;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Core;

namespace CpPlatform.Gateway.Identity;

/// <summary>
/// OpenIddict's application manager with the platform's secret hashing (<see cref="ClientSecret"/>): a fast digest for
/// the random secrets the gateway generates, and the PBKDF2 hashes of clients registered before OpenIddict.
/// </summary>
internal sealed class PlatformApplicationManager<TApplication>(
    IOpenIddictApplicationCache<TApplication> cache,
    ILogger<OpenIddictApplicationManager<TApplication>> logger,
    IOptionsMonitor<OpenIddictCoreOptions> options,
    IOpenIddictApplicationStore<TApplication> store)
    : OpenIddictApplicationManager<TApplication>(cache, logger, options, store) where TApplication : class
{
    /// <summary>
    /// A migrated client's PBKDF2 hash is replaced by the digest on its first verified token request, so its later
    /// requests (and guesses at its secret) cost no more than anyone's.
    /// </summary>
    public override async ValueTask<bool> ValidateClientSecretAsync(TApplication application, string secret, CancellationToken cancellationToken = default)
    {
        if (!await base.ValidateClientSecretAsync(application, secret, cancellationToken))
        {
            return false;
        }
        if (ClientSecret.IsLegacyHash(await Store.GetClientSecretAsync(application, cancellationToken)))
        {
            try
            {
                await Store.SetClientSecretAsync(application, ClientSecret.Hash(secret), cancellationToken);
                await Store.UpdateAsync(application, cancellationToken);
            }
            catch (OpenIddictExceptions.ConcurrencyException)
            {
                // A concurrent request of the same client replaced the hash first.
            }
        }
        return true;
    }

    protected override ValueTask<string> ObfuscateClientSecretAsync(string secret, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ClientSecret.Hash(secret));

    protected override ValueTask<bool> ValidateClientSecretAsync(string secret, string comparand, CancellationToken cancellationToken = default) =>
        ClientSecret.IsPlatformHash(comparand)
            ? ValueTask.FromResult(ClientSecret.Verify(secret, comparand))
            : base.ValidateClientSecretAsync(secret, comparand, cancellationToken);
}

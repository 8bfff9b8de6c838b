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
    protected override ValueTask<string> ObfuscateClientSecretAsync(string secret, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ClientSecret.Hash(secret));

    protected override ValueTask<bool> ValidateClientSecretAsync(string secret, string comparand, CancellationToken cancellationToken = default) =>
        ClientSecret.IsPlatformHash(comparand)
            ? ValueTask.FromResult(ClientSecret.Verify(secret, comparand))
            : base.ValidateClientSecretAsync(secret, comparand, cancellationToken);
}

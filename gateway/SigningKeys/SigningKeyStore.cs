using System.Buffers.Text;
using System.Security.Cryptography;
using CpPlatform.Gateway.Data;
using CpPlatform.Gateway.Tokens;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CpPlatform.Gateway.SigningKeys;

/// <summary>
/// Signing keys in the gateway database, private halves encrypted with Data Protection (whose own keys live outside
/// the database), so a copy of the database alone signs nothing. Loads them into the <see cref="SigningKeyRing"/>.
/// Besides the signing key there is always a next one, published in the JWKS but not yet signing: a rotation makes
/// it sign at once, and services that have read the JWKS since it was made already know it (no 401 while they
/// refetch).
/// </summary>
internal sealed class SigningKeyStore(
    GatewayDbContext db,
    SigningKeyRing ring,
    IDataProtectionProvider protection,
    IOptions<SigningKeyOptions> options,
    IOptions<TokenOptions> tokens,
    TimeProvider clock,
    ILogger<SigningKeyStore> logger)
{
    private readonly IDataProtector _protector = protection.CreateProtector("CpPlatform.Gateway.SigningKeys");

    /// <summary>
    /// Loads the keys still in use (making a signing and a next key when either is missing) and deletes those no token
    /// needs.
    /// </summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var retiredBefore = now - (options.Value.RetiredKeyLifetime ?? tokens.Value.TokenLifetime + TimeSpan.FromMinutes(5));
        var expired = await db.SigningKeys.Where(key => key.RetiredAt < retiredBefore).ExecuteDeleteAsync(cancellationToken);
        if (expired > 0)
        {
            logger.LogInformation("{Count} retired signing keys removed: their tokens have expired", expired);
        }

        var stored = await ReadAsync(cancellationToken);
        if (!stored.Any(key => key.IsSigning) || !stored.Any(key => key.IsNext))
        {
            stored = await ChangeAsync(Complete, cancellationToken);
        }
        if (stored.Select(key => key.KeyId).SequenceEqual(ring.Keys.Select(key => key.KeyId)))
        {
            return;
        }
        ring.Replace(stored.Select(Unprotect).ToList());
    }

    /// <summary>The next key signs from now on and a new next key is published; the others stay until their tokens have expired.</summary>
    public async Task<SigningKeyRotated> RotateAsync(CancellationToken cancellationToken)
    {
        var stored = await ChangeAsync((keys, now) =>
        {
            foreach (var signing in keys.Where(key => key.IsSigning))
            {
                signing.RetiredAt = now;
            }
            // The oldest next key has been published longest, so the most services already know it.
            if (keys.Where(key => key.IsNext).MinBy(key => key.CreatedAt) is { } next)
            {
                next.ActivatedAt = now;
            }
            Complete(keys, now);
        }, cancellationToken);
        ring.Replace(stored.Select(Unprotect).ToList());

        var rotated = new SigningKeyRotated(stored.First(key => key.IsSigning).KeyId, stored.First(key => key.IsNext).KeyId);
        logger.LogInformation("Signing key rotated: tokens are now signed with {KeyId}; {NextKeyId} is published as the next key",
            rotated.KeyId, rotated.NextKeyId);
        return rotated;
    }

    /// <summary>Adds the signing key and the next key when they are missing.</summary>
    private void Complete(List<StoredSigningKey> keys, DateTimeOffset now)
    {
        if (!keys.Any(key => key.IsSigning))
        {
            keys.Add(NewKey(now, activated: true));
        }
        if (!keys.Any(key => key.IsNext))
        {
            keys.Add(NewKey(now, activated: false));
        }
    }

    /// <summary>
    /// Changes the keys under a table lock, so gateways starting or rotating at the same time never make two signing
    /// keys, and answers them as <see cref="ReadAsync"/> orders them.
    /// </summary>
    private async Task<List<StoredSigningKey>> ChangeAsync(
        Action<List<StoredSigningKey>, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.Database.ExecuteSqlRawAsync("LOCK TABLE signing_keys IN SHARE ROW EXCLUSIVE MODE", cancellationToken);
            var keys = await db.SigningKeys.ToListAsync(cancellationToken);
            var before = keys.Count;
            change(keys, clock.GetUtcNow());
            db.SigningKeys.AddRange(keys.Skip(before));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        db.ChangeTracker.Clear();
        return await ReadAsync(cancellationToken);
    }

    /// <summary>The signing key first (OpenIddict signs with the first), then the next key, then the retired ones.</summary>
    private async Task<List<StoredSigningKey>> ReadAsync(CancellationToken cancellationToken) =>
        (await db.SigningKeys.AsNoTracking().ToListAsync(cancellationToken))
            .OrderByDescending(key => key.IsSigning)
            .ThenByDescending(key => key.IsNext)
            .ThenByDescending(key => key.ActivatedAt ?? key.CreatedAt)
            .ThenBy(key => key.KeyId, StringComparer.Ordinal)
            .ToList();

    private StoredSigningKey NewKey(DateTimeOffset now, bool activated)
    {
        using var rsa = RSA.Create(2048);
        return new StoredSigningKey
        {
            KeyId = Base64Url.EncodeToString(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()))[..16],
            ProtectedPrivateKey = Convert.ToBase64String(_protector.Protect(rsa.ExportPkcs8PrivateKey())),
            CreatedAt = now,
            ActivatedAt = activated ? now : null,
        };
    }

    private RsaSecurityKey Unprotect(StoredSigningKey stored)
    {
        byte[] privateKey;
        try
        {
            privateKey = _protector.Unprotect(Convert.FromBase64String(stored.ProtectedPrivateKey));
        }
        catch (CryptographicException exception)
        {
            // Not replaced by a new key here: another gateway instance with the right key ring may be signing with it.
            throw new InvalidOperationException(
                $"Signing key {stored.KeyId} in the gateway's database was protected with a Data Protection key this gateway does not have " +
                "(Gateway:DataProtection:KeysPath). Give every gateway instance the key ring that goes with its database, or start from an empty database.",
                exception);
        }
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(privateKey, out _);
        return new RsaSecurityKey(rsa) { KeyId = stored.KeyId };
    }
}

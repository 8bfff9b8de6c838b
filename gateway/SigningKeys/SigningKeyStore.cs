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

    /// <summary>Loads the keys still in use (making the first one when there is none) and deletes those no token needs.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var retiredBefore = now - (options.Value.RetiredKeyLifetime ?? tokens.Value.TokenLifetime + TimeSpan.FromMinutes(5));
        var expired = await db.SigningKeys.Where(key => key.RetiredAt < retiredBefore).ExecuteDeleteAsync(cancellationToken);
        if (expired > 0)
        {
            logger.LogInformation("{Count} retired signing keys removed: their tokens have expired", expired);
        }

        var stored = await db.SigningKeys.AsNoTracking().OrderByDescending(key => key.CreatedAt).ToListAsync(cancellationToken);
        if (stored.Count == 0)
        {
            stored.Add(await AddKeyAsync(now, cancellationToken));
        }
        if (stored.Select(key => key.KeyId).SequenceEqual(ring.Keys.Select(key => key.KeyId)))
        {
            return;
        }
        ring.Replace(stored.Select(Unprotect).ToList());
    }

    /// <summary>A new key signs from now on; the others stay published until their tokens have expired.</summary>
    public async Task<string> RotateAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await db.SigningKeys.Where(key => key.RetiredAt == null).ExecuteUpdateAsync(keys => keys.SetProperty(key => key.RetiredAt, now), cancellationToken);
        var added = await AddKeyAsync(now, cancellationToken);
        await LoadAsync(cancellationToken);
        logger.LogInformation("Signing key rotated: tokens are now signed with {KeyId}", added.KeyId);
        return added.KeyId;
    }

    private async Task<StoredSigningKey> AddKeyAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var rsa = RSA.Create(2048);
        var key = new StoredSigningKey
        {
            KeyId = Base64Url.EncodeToString(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()))[..16],
            ProtectedPrivateKey = Convert.ToBase64String(_protector.Protect(rsa.ExportPkcs8PrivateKey())),
            CreatedAt = now,
        };
        db.SigningKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return key;
    }

    private RsaSecurityKey Unprotect(StoredSigningKey stored)
    {
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(_protector.Unprotect(Convert.FromBase64String(stored.ProtectedPrivateKey)), out _);
        return new RsaSecurityKey(rsa) { KeyId = stored.KeyId };
    }
}

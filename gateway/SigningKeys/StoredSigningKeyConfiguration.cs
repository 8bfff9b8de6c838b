using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Gateway.SigningKeys;

internal sealed class StoredSigningKeyConfiguration : IEntityTypeConfiguration<StoredSigningKey>
{
    public void Configure(EntityTypeBuilder<StoredSigningKey> builder)
    {
        builder.ToTable("signing_keys");
        builder.HasKey(key => key.KeyId);
        builder.Property(key => key.KeyId).HasMaxLength(64);
        builder.HasIndex(key => key.CreatedAt);
    }
}

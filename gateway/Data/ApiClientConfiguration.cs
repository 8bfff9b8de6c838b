using CpPlatform.Gateway.Domain;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Gateway.Data;

internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> builder)
    {
        builder.ToTable("api_clients");
        builder.HasKey(client => client.ClientId);
        builder.Property(client => client.ClientId).HasMaxLength(100);
        builder.Property(client => client.Name).HasMaxLength(200);
        // Stored as the token's cp_kind value, so an operator reading the table sees what the tokens say.
        builder.Property(client => client.Kind).HasMaxLength(20)
            .HasConversion(kind => PlatformClaims.KindValue(kind), value => PlatformClaims.ParseKind(value)!.Value);
        builder.Property(client => client.CenterId).HasMaxLength(64);
        builder.Property(client => client.BankId).HasMaxLength(64);
        builder.Property(client => client.SecretHash).HasMaxLength(200);
        builder.Ignore(client => client.IsRevoked);
        builder.HasIndex(client => client.CreatedAt);
    }
}

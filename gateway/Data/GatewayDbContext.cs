using CpPlatform.Gateway.SigningKeys;
using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Gateway.Data;

/// <summary>The gateway's database: OpenIddict's applications (the clients) and the token signing keys.</summary>
public sealed class GatewayDbContext(DbContextOptions<GatewayDbContext> options) : ServiceDbContext(options)
{
    public DbSet<StoredSigningKey> SigningKeys => Set<StoredSigningKey>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.UseOpenIddict();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GatewayDbContext).Assembly);
    }
}

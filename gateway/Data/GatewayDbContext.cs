using CpPlatform.Gateway.Domain;
using CpPlatform.ServiceDefaults.Data;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.Gateway.Data;

public sealed class GatewayDbContext(DbContextOptions<GatewayDbContext> options, ICurrentClient client)
    : ServiceDbContext(options, client)
{
    public DbSet<ApiClient> Clients => Set<ApiClient>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GatewayDbContext).Assembly);
}

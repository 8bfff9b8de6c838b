using System.Diagnostics;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using CpPlatform.ServiceDefaults.Messaging;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.ServiceDefaults.Data;

/// <summary>
/// The base of every service's DbContext: the transactional outbox and the inbox live in the service's own database,
/// names are snake_case, and every <see cref="ICenterOwned"/> row is filtered to the calling center.
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options, ICurrentClient client) : DbContext(options)
{
    private static readonly MethodInfo ApplyCenterFilterMethod =
        typeof(ServiceDbContext).GetMethod(nameof(ApplyCenterFilter), BindingFlags.Instance | BindingFlags.NonPublic)!;

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>Read by the query filters for each query: null means every center is visible.</summary>
    protected string? RestrictedToCenter => client.RestrictedToCenter;

    /// <summary>
    /// Records an integration event in this unit of work: it is saved with the state change and published by the relay
    /// only once the transaction commits.
    /// </summary>
    public void AddEvent<TEvent>(TEvent integrationEvent) where TEvent : class
    {
        OutboxMessages.Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            MessageType = OutboxMessage.TypeName(typeof(TEvent)),
            Body = JsonSerializer.Serialize(integrationEvent, OutboxMessage.SerializerOptions),
            TraceParent = Activity.Current?.Id,
            CreatedAt = DateTimeOffset.UtcNow,
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Conventions.Add(_ => new SnakeCaseNamingConvention());
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        ConfigureModel(modelBuilder);

        foreach (var entity in modelBuilder.Model.GetEntityTypes()
                     .Where(entity => typeof(ICenterOwned).IsAssignableFrom(entity.ClrType) && entity.FindOwnership() is null && entity.BaseType is null))
        {
            ApplyCenterFilterMethod.MakeGenericMethod(entity.ClrType).Invoke(this, [modelBuilder]);
        }
    }

    /// <summary>The service's own entities.</summary>
    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    private void ApplyCenterFilter<TEntity>(ModelBuilder modelBuilder) where TEntity : class, ICenterOwned
    {
        Expression<Func<TEntity, bool>> filter = entity => RestrictedToCenter == null || entity.CenterId == RestrictedToCenter;
        modelBuilder.Entity<TEntity>().HasQueryFilter(filter);
    }
}

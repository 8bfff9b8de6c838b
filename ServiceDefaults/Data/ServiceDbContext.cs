using System.Diagnostics;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using CpPlatform.ServiceDefaults.Messaging;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CpPlatform.ServiceDefaults.Data;

/// <summary>
/// The base of every service's DbContext: the transactional outbox and the inbox live in the service's own database,
/// names are snake_case, and every <see cref="ICenterOwned"/> row is filtered to the calling center.
/// </summary>
/// <remarks>
/// Contexts are pooled (<see cref="DatabaseExtensions.AddServiceDatabase{TContext}"/>): building one per request cost
/// the enterprises service a fifth of its CPU on a read. A pooled context outlives its request, so the caller is not a
/// constructor argument: the scope that rents it sets <see cref="Client"/>, and returning it clears it.
/// </remarks>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    private ICurrentClient? _client;

    private static readonly MethodInfo ApplyCenterFilterMethod =
        typeof(ServiceDbContext).GetMethod(nameof(ApplyCenterFilter), BindingFlags.Instance | BindingFlags.NonPublic)!;

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>
    /// The caller whose rows the query filters let through. Unset (a context not rented through the service's scope),
    /// a filtered query fails rather than show every center's rows.
    /// </summary>
    public ICurrentClient Client
    {
        get => _client ?? throw new InvalidOperationException($"{GetType().Name} has no caller: rent it from the request's or message's scope.");
        set => _client = value;
    }

    /// <summary>Read by the query filters for each query: null means every center is visible.</summary>
    protected string? RestrictedToCenter => Client.RestrictedToCenter;

    public override void Dispose()
    {
        _client = null;
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        _client = null;
        return base.DisposeAsync();
    }

    /// <summary>
    /// Begins a transaction that a failed save ends as a whole (the outbox relay's batch, a consumer's message): without
    /// EF's savepoint around each save, whose release costs a round trip of its own and buys nothing there.
    /// </summary>
    public async Task<IDbContextTransaction> BeginAllOrNothingTransactionAsync(CancellationToken cancellationToken)
    {
        var transaction = await Database.BeginTransactionAsync(cancellationToken);
        Database.AutoSavepointsEnabled = false;
        return transaction;
    }

    /// <summary>
    /// Makes this unit of work's save depend on <paramref name="entity"/> as it was read, though nothing of it changes: one
    /// of its columns is written again, unchanged, so the save checks the row's version and fails (409) if another request
    /// changed the row since, and a change made from the row as it was before this save fails in turn.
    /// </summary>
    /// <remarks>For rules that rest on a row another request may change meanwhile: a claim on a loan's default, a change
    /// to an option of a project that may have been cancelled. The entity needs a concurrency token.</remarks>
    public void DependOnRowAsRead<TEntity>(TEntity entity) where TEntity : class
    {
        var entry = Entry(entity);
        if (!entry.Metadata.GetProperties().Any(property => property.IsConcurrencyToken))
        {
            throw new InvalidOperationException($"{entry.Metadata.DisplayName()} has no concurrency token: its save could not check the row as read.");
        }
        entry.Properties.First(property => !property.Metadata.IsPrimaryKey() && property.Metadata.ValueGenerated == ValueGenerated.Never).IsModified = true;
    }

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

        // Two messages about one snapshot can be applied at the same time (an update and a stage change have consumers of
        // their own): a save checks that the revision it read is still the one held, so the older one never lands last.
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(entity => typeof(IRevisionedSnapshot).IsAssignableFrom(entity.ClrType)))
        {
            modelBuilder.Entity(entity.ClrType).Property(nameof(IRevisionedSnapshot.Revision)).IsConcurrencyToken();
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

using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace CpPlatform.ServiceDefaults.Data;

/// <summary>PostgreSQL-style names (<c>legal_name</c>, <c>outbox_messages</c>) so operators can query tables without quoting.</summary>
internal sealed class SnakeCaseNamingConvention : IModelFinalizingConvention
{
    public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
    {
        // Documents stored as JSON keep their property names; only tables and columns are renamed.
        foreach (var entity in modelBuilder.Metadata.GetEntityTypes().Where(entity => !entity.IsMappedToJson()))
        {
            if (entity.GetTableName() is { } table)
            {
                entity.SetTableName(ToSnakeCase(table));
            }
            RenameColumns(entity);
            foreach (var key in entity.GetKeys())
            {
                key.SetName(ToSnakeCase(key.GetName()!));
            }
            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(ToSnakeCase(foreignKey.GetConstraintName()!));
            }
            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(ToSnakeCase(index.GetDatabaseName()!));
            }
        }
    }

    private static void RenameColumns(IConventionTypeBase type, string prefix = "")
    {
        foreach (var property in type.GetDeclaredProperties())
        {
            // Complex properties are prefixed with their path (publish_results_granted), so two of one type never share a column.
            property.SetColumnName(ToSnakeCase(prefix.Length == 0 ? property.GetColumnName() : prefix + property.Name));
        }
        foreach (var complex in type.GetDeclaredComplexProperties().Where(complex => !complex.ComplexType.IsMappedToJson()))
        {
            RenameColumns(complex.ComplexType, $"{prefix}{complex.Name}_");
        }
    }

    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var current = name[i];
            if (char.IsUpper(current))
            {
                var previous = i > 0 ? name[i - 1] : '_';
                var next = i + 1 < name.Length ? name[i + 1] : '_';
                var startsWord = previous != '_' && (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && char.IsLower(next)));
                if (startsWord)
                {
                    builder.Append('_');
                }
                builder.Append(char.ToLowerInvariant(current));
            }
            else
            {
                builder.Append(current);
            }
        }
        return builder.ToString();
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpPlatform.Gateway.Data.Migrations
{
    /// <summary>
    /// The monitoring scope is new: center, national and admin clients that hold every scope their kind got by default
    /// before it existed get it too, as clients registered from now on do. A client an admin gave fewer scopes on purpose
    /// keeps exactly what it had, and banks never get it.
    /// </summary>
    public partial class ScopeMonitoringForClientsWithTheirKindsDefaults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE open_iddict_applications
                SET permissions = (permissions::jsonb || '["scp:monitoring"]'::jsonb)::text
                WHERE NOT permissions::jsonb ? 'scp:monitoring'
                  AND (properties::jsonb ->> 'cp_kind' = 'center'
                           AND permissions::jsonb @> '["scp:enterprises", "scp:assessments", "scp:training", "scp:events"]'::jsonb
                       OR properties::jsonb ->> 'cp_kind' IN ('national', 'admin')
                           AND permissions::jsonb @> '["scp:enterprises", "scp:assessments", "scp:training", "scp:events", "scp:financing"]'::jsonb);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE open_iddict_applications
                SET permissions = (permissions::jsonb - 'scp:monitoring')::text
                WHERE permissions::jsonb ? 'scp:monitoring';
                """);
        }
    }
}

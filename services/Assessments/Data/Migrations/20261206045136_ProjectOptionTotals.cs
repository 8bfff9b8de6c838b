using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpPlatform.Assessments.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProjectOptionTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "option_totals_implemented",
                table: "projects",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<decimal>(
                name: "option_totals_implemented_annual_savings",
                table: "projects",
                type: "numeric",
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "option_totals_implemented_investment",
                table: "projects",
                type: "numeric",
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<int>(
                name: "option_totals_recommended",
                table: "projects",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Existing projects' totals, counted as OptionTotals.Of counts them.
            migrationBuilder.Sql("""
                UPDATE projects AS p
                SET option_totals_recommended = o.recommended,
                    option_totals_implemented = o.implemented,
                    option_totals_implemented_investment = o.investment,
                    option_totals_implemented_annual_savings = o.annual_savings
                FROM (SELECT project_id,
                             count(*) FILTER (WHERE status <> 'Rejected') AS recommended,
                             count(*) FILTER (WHERE status IN ('Implemented', 'Verified')) AS implemented,
                             COALESCE(sum(implemented_investment), 0) AS investment,
                             COALESCE(sum(implemented_annual_savings), 0) AS annual_savings
                      FROM options
                      GROUP BY project_id) AS o
                WHERE o.project_id = p.id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "option_totals_implemented",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "option_totals_implemented_annual_savings",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "option_totals_implemented_investment",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "option_totals_recommended",
                table: "projects");
        }
    }
}

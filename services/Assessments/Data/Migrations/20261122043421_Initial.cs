using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpPlatform.Assessments.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "enterprise_snapshots",
                columns: table => new
                {
                    enterprise_id = table.Column<Guid>(type: "uuid", nullable: false),
                    center_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    revision = table.Column<long>(type: "bigint", nullable: false),
                    legal_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    country = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    tax_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    sector = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    size_class = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    is_sme = table.Column<bool>(type: "boolean", nullable: false),
                    publish_results = table.Column<bool>(type: "boolean", nullable: false),
                    share_with_banks = table.Column<bool>(type: "boolean", nullable: false),
                    stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_enterprise_snapshots", x => x.enterprise_id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.message_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    body = table.Column<string>(type: "jsonb", nullable: false),
                    trace_parent = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pre_assessments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    center_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    enterprise_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    specialist = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    findings = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    criteria_is_sme = table.Column<bool>(type: "boolean", nullable: false),
                    criteria_locally_significant_impact = table.Column<bool>(type: "boolean", nullable: false),
                    criteria_management_commitment = table.Column<bool>(type: "boolean", nullable: false),
                    criteria_publish_results_consent = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pre_assessments", x => x.id);
                    table.ForeignKey(
                        name: "fk_pre_assessments_enterprise_snapshots_enterprise_id",
                        column: x => x.enterprise_id,
                        principalTable: "enterprise_snapshots",
                        principalColumn: "enterprise_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "projects",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    center_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    enterprise_id = table.Column<Guid>(type: "uuid", nullable: false),
                    pre_assessment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    phase = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    verified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    selected_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    selected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    cost_share_company_pays = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    cost_share_program_pays = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    cost_share_project_cost = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    criteria_is_sme = table.Column<bool>(type: "boolean", nullable: false),
                    criteria_locally_significant_impact = table.Column<bool>(type: "boolean", nullable: false),
                    criteria_management_commitment = table.Column<bool>(type: "boolean", nullable: false),
                    criteria_publish_results_consent = table.Column<bool>(type: "boolean", nullable: false),
                    after = table.Column<string>(type: "jsonb", nullable: true),
                    baseline = table.Column<string>(type: "jsonb", nullable: true),
                    consultants = table.Column<string>(type: "jsonb", nullable: true),
                    phase_history = table.Column<string>(type: "jsonb", nullable: true),
                    scores = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_projects", x => x.id);
                    table.ForeignKey(
                        name: "fk_projects_enterprise_snapshots_enterprise_id",
                        column: x => x.enterprise_id,
                        principalTable: "enterprise_snapshots",
                        principalColumn: "enterprise_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "options",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    center_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    confidential = table.Column<bool>(type: "boolean", nullable: false),
                    investment = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    annual_savings = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    rejection_reason = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    implemented_on = table.Column<DateOnly>(type: "date", nullable: true),
                    actual_investment = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    verified_annual_savings = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    implemented_investment = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    implemented_annual_savings = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    reductions_emissions_tco2e = table.Column<decimal>(type: "numeric", nullable: false),
                    reductions_energy_kwh = table.Column<decimal>(type: "numeric", nullable: false),
                    reductions_hazardous_waste_t = table.Column<decimal>(type: "numeric", nullable: false),
                    reductions_materials_t = table.Column<decimal>(type: "numeric", nullable: false),
                    reductions_waste_t = table.Column<decimal>(type: "numeric", nullable: false),
                    reductions_water_m3 = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_options", x => x.id);
                    table.ForeignKey(
                        name: "fk_options_projects_project_id",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_enterprise_snapshots_center_id_sector",
                table: "enterprise_snapshots",
                columns: new[] { "center_id", "sector" });

            migrationBuilder.CreateIndex(
                name: "ix_options_project_id_status",
                table: "options",
                columns: new[] { "project_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_created_at",
                table: "outbox_messages",
                column: "created_at",
                filter: "sent_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_pre_assessments_center_id_date",
                table: "pre_assessments",
                columns: new[] { "center_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_pre_assessments_enterprise_id",
                table: "pre_assessments",
                column: "enterprise_id");

            migrationBuilder.CreateIndex(
                name: "ix_projects_center_id_selected_at",
                table: "projects",
                columns: new[] { "center_id", "selected_at" });

            migrationBuilder.CreateIndex(
                name: "ix_projects_enterprise_id",
                table: "projects",
                column: "enterprise_id");

            migrationBuilder.CreateIndex(
                name: "ix_projects_verified_at",
                table: "projects",
                column: "verified_at",
                filter: "verified_at IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "options");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "pre_assessments");

            migrationBuilder.DropTable(
                name: "projects");

            migrationBuilder.DropTable(
                name: "enterprise_snapshots");
        }
    }
}

using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpPlatform.Enterprises.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "centers",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    country = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    regions = table.Column<List<string>>(type: "text[]", nullable: false),
                    reporting_currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    size_rule_medium_below_employees = table.Column<int>(type: "integer", nullable: false),
                    size_rule_micro_below_employees = table.Column<int>(type: "integer", nullable: false),
                    size_rule_small_below_employees = table.Column<int>(type: "integer", nullable: false),
                    size_rule_sme_below_annual_sales_usd = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_centers", x => x.id);
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
                name: "enterprises",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    center_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    legal_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    tax_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    country = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    state = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    municipality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    watershed = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    sector = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    subsector = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    employees = table.Column<int>(type: "integer", nullable: false),
                    annual_sales_usd = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    size_class = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    is_sme = table.Column<bool>(type: "boolean", nullable: false),
                    stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    revision = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    publish_results_granted = table.Column<bool>(type: "boolean", nullable: false),
                    publish_results_recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    publish_results_recorded_by = table.Column<string>(type: "text", nullable: false),
                    share_with_banks_granted = table.Column<bool>(type: "boolean", nullable: false),
                    share_with_banks_recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    share_with_banks_recorded_by = table.Column<string>(type: "text", nullable: false),
                    contacts = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_enterprises", x => x.id);
                    table.ForeignKey(
                        name: "fk_enterprises_centers_center_id",
                        column: x => x.center_id,
                        principalTable: "centers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "enterprise_baselines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    enterprise_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period_start = table.Column<DateOnly>(type: "date", nullable: false),
                    period_end = table.Column<DateOnly>(type: "date", nullable: false),
                    energy_kwh = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: false),
                    water_m3 = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: false),
                    materials_t = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: false),
                    waste_t = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: false),
                    hazardous_waste_t = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: false),
                    wastewater_m3 = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: false),
                    emissions_tco2e = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    output_quantity = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: false),
                    output_unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_enterprise_baselines", x => x.id);
                    table.ForeignKey(
                        name: "fk_enterprise_baselines_enterprises_enterprise_id",
                        column: x => x.enterprise_id,
                        principalTable: "enterprises",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_enterprise_baselines_enterprise_id_period_start_period_end",
                table: "enterprise_baselines",
                columns: new[] { "enterprise_id", "period_start", "period_end" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_enterprises_center_id_legal_name",
                table: "enterprises",
                columns: new[] { "center_id", "legal_name" });

            migrationBuilder.CreateIndex(
                name: "ix_enterprises_country_tax_id",
                table: "enterprises",
                columns: new[] { "country", "tax_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_created_at",
                table: "outbox_messages",
                column: "created_at",
                filter: "sent_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "enterprise_baselines");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "enterprises");

            migrationBuilder.DropTable(
                name: "centers");
        }
    }
}

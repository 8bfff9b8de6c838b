using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpPlatform.Training.Data.Migrations
{
    /// <inheritdoc />
    public partial class CenterTimeZones : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "expires_at",
                table: "certificates",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // Certificates issued so far were judged in UTC: they keep expiring at the end of their last day in UTC.
            migrationBuilder.Sql("UPDATE certificates SET expires_at = (valid_until + 1)::timestamp AT TIME ZONE 'UTC';");

            migrationBuilder.CreateTable(
                name: "center_time_zones",
                columns: table => new
                {
                    center_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_center_time_zones", x => x.center_id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "center_time_zones");

            migrationBuilder.DropColumn(
                name: "expires_at",
                table: "certificates");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpPlatform.Assessments.Data.Migrations
{
    /// <inheritdoc />
    public partial class CenterTimeZones : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }
    }
}

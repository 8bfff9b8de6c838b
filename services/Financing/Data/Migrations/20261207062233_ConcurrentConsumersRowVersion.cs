using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpPlatform.Financing.Data.Migrations
{
    /// <inheritdoc />
    public partial class ConcurrentConsumersRowVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "verified_evidence",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "xmin",
                table: "verified_evidence");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpPlatform.Events.Data.Migrations
{
    /// <inheritdoc />
    public partial class BoardMemberRowVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "board_members",
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
                table: "board_members");
        }
    }
}

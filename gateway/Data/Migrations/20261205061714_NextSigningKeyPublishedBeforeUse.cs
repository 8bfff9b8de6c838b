using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpPlatform.Gateway.Data.Migrations
{
    /// <inheritdoc />
    public partial class NextSigningKeyPublishedBeforeUse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "activated_at",
                table: "signing_keys",
                type: "timestamp with time zone",
                nullable: true);

            // Keys made before this change signed from the moment they were made.
            migrationBuilder.Sql("UPDATE signing_keys SET activated_at = created_at;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "activated_at",
                table: "signing_keys");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpPlatform.Monitoring.Data.Migrations
{
    /// <inheritdoc />
    public partial class BoardTermsEndOnTheirLastDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "until",
                table: "activities",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "until",
                table: "activities");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpPlatform.Financing.Data.Migrations
{
    /// <inheritdoc />
    public partial class BankOwnedRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "bank_id",
                table: "recoveries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "bank_id",
                table: "loan_reports",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "bank_id",
                table: "claims",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            // Rows stored before they carried their bank take their loan's, so the bank filter still shows them to it.
            foreach (var table in new[] { "recoveries", "loan_reports", "claims" })
            {
                migrationBuilder.Sql($"UPDATE {table} SET bank_id = loans.bank_id FROM loans WHERE loans.id = {table}.loan_id;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "bank_id",
                table: "recoveries");

            migrationBuilder.DropColumn(
                name: "bank_id",
                table: "loan_reports");

            migrationBuilder.DropColumn(
                name: "bank_id",
                table: "claims");
        }
    }
}

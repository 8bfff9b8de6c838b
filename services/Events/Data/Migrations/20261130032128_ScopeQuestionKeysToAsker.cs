using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpPlatform.Events.Data.Migrations
{
    /// <inheritdoc />
    public partial class ScopeQuestionKeysToAsker : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_questions_idempotency_key",
                table: "questions");

            migrationBuilder.CreateIndex(
                name: "ix_questions_asker_email_idempotency_key",
                table: "questions",
                columns: new[] { "asker_email", "idempotency_key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_questions_asker_email_idempotency_key",
                table: "questions");

            migrationBuilder.CreateIndex(
                name: "ix_questions_idempotency_key",
                table: "questions",
                column: "idempotency_key",
                unique: true);
        }
    }
}

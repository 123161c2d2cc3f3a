using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CouncilProposals.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AppendOnlyAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Comment",
                table: "AuditEntries",
                type: "nvarchar(max)",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            // The audit trail is append-only: the database refuses to change or remove an entry.
            migrationBuilder.Sql("CREATE TRIGGER AuditEntries_AppendOnly ON AuditEntries INSTEAD OF UPDATE, DELETE AS BEGIN THROW 51000, 'Audit entries are append-only.', 1; END");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER AuditEntries_AppendOnly;");
            migrationBuilder.AlterColumn<string>(
                name: "Comment",
                table: "AuditEntries",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(max)",
                oldNullable: true);
        }
    }
}

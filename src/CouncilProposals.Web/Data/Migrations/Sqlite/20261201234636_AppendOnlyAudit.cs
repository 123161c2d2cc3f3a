using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CouncilProposals.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AppendOnlyAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit trail is append-only: the database refuses to change or remove an entry.
            migrationBuilder.Sql("CREATE TRIGGER AuditEntries_AppendOnly BEFORE UPDATE ON AuditEntries BEGIN SELECT RAISE(ABORT, 'Audit entries are append-only.'); END;");
            migrationBuilder.Sql("CREATE TRIGGER AuditEntries_AppendOnlyDelete BEFORE DELETE ON AuditEntries BEGIN SELECT RAISE(ABORT, 'Audit entries are append-only.'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER AuditEntries_AppendOnlyDelete;");
            migrationBuilder.Sql("DROP TRIGGER AuditEntries_AppendOnly;");
        }
    }
}

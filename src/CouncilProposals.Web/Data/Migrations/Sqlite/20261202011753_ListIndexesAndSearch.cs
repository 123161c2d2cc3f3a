using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CouncilProposals.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ListIndexesAndSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SavingsLines_ProposalId",
                table: "SavingsLines");

            migrationBuilder.CreateIndex(
                name: "IX_SavingsLines_ProposalId_Year_Amount",
                table: "SavingsLines",
                columns: new[] { "ProposalId", "Year", "Amount" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_CycleId_SavingsTypeId",
                table: "Proposals",
                columns: new[] { "CycleId", "SavingsTypeId" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_CycleId_Status",
                table: "Proposals",
                columns: new[] { "CycleId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_CycleId_UpdatedAt",
                table: "Proposals",
                columns: new[] { "CycleId", "UpdatedAt" });

            // The search index (SqliteProposalSearch): FTS5 over title and reference, reading its text from
            // Proposals and kept in step by triggers, so every way of writing a proposal keeps it current.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE ProposalSearch USING fts5(Title, Reference, content='Proposals', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');");
            migrationBuilder.Sql("CREATE TRIGGER ProposalSearch_Insert AFTER INSERT ON Proposals BEGIN INSERT INTO ProposalSearch(rowid, Title, Reference) VALUES (new.Id, new.Title, new.Reference); END;");
            migrationBuilder.Sql("CREATE TRIGGER ProposalSearch_Delete AFTER DELETE ON Proposals BEGIN INSERT INTO ProposalSearch(ProposalSearch, rowid, Title, Reference) VALUES ('delete', old.Id, old.Title, old.Reference); END;");
            migrationBuilder.Sql("CREATE TRIGGER ProposalSearch_Update AFTER UPDATE OF Title, Reference ON Proposals BEGIN INSERT INTO ProposalSearch(ProposalSearch, rowid, Title, Reference) VALUES ('delete', old.Id, old.Title, old.Reference); INSERT INTO ProposalSearch(rowid, Title, Reference) VALUES (new.Id, new.Title, new.Reference); END;");
            migrationBuilder.Sql("INSERT INTO ProposalSearch(ProposalSearch) VALUES ('rebuild');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER ProposalSearch_Update;");
            migrationBuilder.Sql("DROP TRIGGER ProposalSearch_Delete;");
            migrationBuilder.Sql("DROP TRIGGER ProposalSearch_Insert;");
            migrationBuilder.Sql("DROP TABLE ProposalSearch;");

            migrationBuilder.DropIndex(
                name: "IX_SavingsLines_ProposalId_Year_Amount",
                table: "SavingsLines");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_CycleId_SavingsTypeId",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_CycleId_Status",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_CycleId_UpdatedAt",
                table: "Proposals");

            migrationBuilder.CreateIndex(
                name: "IX_SavingsLines_ProposalId",
                table: "SavingsLines",
                column: "ProposalId");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CouncilProposals.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CabinetDecisionOutcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Plain ALTER TABLE statements: a rebuild of Proposals would drop the search triggers on it.
            migrationBuilder.AddColumn<string>(
                name: "CabinetOutcome",
                table: "Proposals",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CabinetChanges",
                table: "Proposals",
                type: "TEXT",
                maxLength: 5000,
                nullable: true);

            migrationBuilder.Sql("ALTER TABLE \"Proposals\" ADD COLUMN \"CabinetDecisionPackId\" INTEGER NULL CONSTRAINT \"FK_Proposals_CabinetPacks_CabinetDecisionPackId\" REFERENCES \"CabinetPacks\" (\"Id\") ON DELETE RESTRICT;");

            // Decisions recorded before outcomes: agreed or not agreed.
            migrationBuilder.Sql("UPDATE \"Proposals\" SET \"CabinetOutcome\" = CASE WHEN \"CabinetAgreed\" = 1 THEN 'Agreed' ELSE 'NotAgreed' END WHERE \"CabinetAgreed\" IS NOT NULL;");
            migrationBuilder.Sql("ALTER TABLE \"Proposals\" DROP COLUMN \"CabinetAgreed\";");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_CabinetDecisionPackId",
                table: "Proposals",
                column: "CabinetDecisionPackId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Proposals_CabinetDecisionPackId",
                table: "Proposals");

            migrationBuilder.Sql("ALTER TABLE \"Proposals\" ADD COLUMN \"CabinetAgreed\" INTEGER NULL;");
            migrationBuilder.Sql("UPDATE \"Proposals\" SET \"CabinetAgreed\" = CASE WHEN \"CabinetOutcome\" = 'NotAgreed' THEN 0 ELSE 1 END WHERE \"CabinetOutcome\" IS NOT NULL;");
            migrationBuilder.Sql("ALTER TABLE \"Proposals\" DROP COLUMN \"CabinetDecisionPackId\";");
            migrationBuilder.Sql("ALTER TABLE \"Proposals\" DROP COLUMN \"CabinetChanges\";");
            migrationBuilder.Sql("ALTER TABLE \"Proposals\" DROP COLUMN \"CabinetOutcome\";");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CouncilProposals.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CabinetDecisionOutcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CabinetOutcome",
                table: "Proposals",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CabinetChanges",
                table: "Proposals",
                type: "nvarchar(max)",
                maxLength: 5000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CabinetDecisionPackId",
                table: "Proposals",
                type: "int",
                nullable: true);

            // Decisions recorded before outcomes: agreed or not agreed.
            migrationBuilder.Sql("UPDATE [Proposals] SET [CabinetOutcome] = CASE WHEN [CabinetAgreed] = 1 THEN N'Agreed' ELSE N'NotAgreed' END WHERE [CabinetAgreed] IS NOT NULL;");

            migrationBuilder.DropColumn(
                name: "CabinetAgreed",
                table: "Proposals");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_CabinetDecisionPackId",
                table: "Proposals",
                column: "CabinetDecisionPackId");

            migrationBuilder.AddForeignKey(
                name: "FK_Proposals_CabinetPacks_CabinetDecisionPackId",
                table: "Proposals",
                column: "CabinetDecisionPackId",
                principalTable: "CabinetPacks",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Proposals_CabinetPacks_CabinetDecisionPackId",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_CabinetDecisionPackId",
                table: "Proposals");

            migrationBuilder.AddColumn<bool>(
                name: "CabinetAgreed",
                table: "Proposals",
                type: "bit",
                nullable: true);

            migrationBuilder.Sql("UPDATE [Proposals] SET [CabinetAgreed] = CASE WHEN [CabinetOutcome] = N'NotAgreed' THEN 0 ELSE 1 END WHERE [CabinetOutcome] IS NOT NULL;");

            migrationBuilder.DropColumn(
                name: "CabinetChanges",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "CabinetDecisionPackId",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "CabinetOutcome",
                table: "Proposals");
        }
    }
}

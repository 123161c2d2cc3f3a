using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CouncilProposals.Web.Data.Migrations.SqlServer
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

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Proposals",
                type: "nvarchar(250)",
                maxLength: 250,
                nullable: true,
                computedColumnSql: "N' ' + LOWER(REPLACE(REPLACE([Title] + N' ' + [Reference], N'-', N' '), N'/', N' '))",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "IX_SavingsLines_ProposalId_Year_Amount",
                table: "SavingsLines",
                columns: new[] { "ProposalId", "Year", "Amount" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_CycleId_SavingsTypeId",
                table: "Proposals",
                columns: new[] { "CycleId", "SavingsTypeId" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_CycleId_SearchText",
                table: "Proposals",
                columns: new[] { "CycleId", "SearchText" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_CycleId_Status",
                table: "Proposals",
                columns: new[] { "CycleId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_CycleId_UpdatedAt",
                table: "Proposals",
                columns: new[] { "CycleId", "UpdatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SavingsLines_ProposalId_Year_Amount",
                table: "SavingsLines");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_CycleId_SavingsTypeId",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_CycleId_SearchText",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_CycleId_Status",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_CycleId_UpdatedAt",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Proposals");

            migrationBuilder.CreateIndex(
                name: "IX_SavingsLines_ProposalId",
                table: "SavingsLines",
                column: "ProposalId");
        }
    }
}

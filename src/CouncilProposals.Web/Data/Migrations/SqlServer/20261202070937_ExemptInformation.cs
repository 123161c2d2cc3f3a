using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CouncilProposals.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ExemptInformation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ExemptParagraph",
                table: "Proposals",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExemptReason",
                table: "Proposals",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ExemptParagraph",
                table: "CoveringReportSections",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExemptReason",
                table: "CoveringReportSections",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExemptParagraph",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "ExemptReason",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "ExemptParagraph",
                table: "CoveringReportSections");

            migrationBuilder.DropColumn(
                name: "ExemptReason",
                table: "CoveringReportSections");
        }
    }
}

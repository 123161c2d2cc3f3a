using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CouncilProposals.Web.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExemptReason",
                table: "Proposals",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ExemptParagraph",
                table: "CoveringReportSections",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExemptReason",
                table: "CoveringReportSections",
                type: "TEXT",
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

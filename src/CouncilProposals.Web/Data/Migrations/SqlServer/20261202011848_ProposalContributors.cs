using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CouncilProposals.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ProposalContributors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProposalContributors",
                columns: table => new
                {
                    ProposalId = table.Column<int>(type: "int", nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalContributors", x => new { x.ProposalId, x.UserName });
                    table.ForeignKey(
                        name: "FK_ProposalContributors_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Who worked on a proposal before this table existed: its creator and its last editor, all that was kept.
            migrationBuilder.Sql("INSERT INTO [ProposalContributors] ([ProposalId], [UserName]) SELECT [Id], LOWER([CreatedBy]) FROM [Proposals] UNION SELECT [Id], LOWER([LastEditedBy]) FROM [Proposals];");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProposalContributors");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CouncilProposals.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class MoneyInHundreds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Amounts were £000 with one decimal; from now on whole hundreds of pounds.
            migrationBuilder.Sql("UPDATE [SavingsLines] SET [Amount] = [Amount] * 10;");
            migrationBuilder.Sql("UPDATE [Proposals] SET [CurrentBudget] = [CurrentBudget] * 10 WHERE [CurrentBudget] IS NOT NULL;");

            migrationBuilder.AlterColumn<long>(
                name: "Amount",
                table: "SavingsLines",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "decimal(10,1)",
                oldPrecision: 10,
                oldScale: 1);

            migrationBuilder.AlterColumn<long>(
                name: "CurrentBudget",
                table: "Proposals",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "decimal(10,1)",
                oldPrecision: 10,
                oldScale: 1,
                oldNullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<decimal>(
                name: "Amount",
                table: "SavingsLines",
                type: "decimal(10,1)",
                precision: 10,
                scale: 1,
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.AlterColumn<decimal>(
                name: "CurrentBudget",
                table: "Proposals",
                type: "decimal(10,1)",
                precision: 10,
                scale: 1,
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);

            migrationBuilder.Sql("UPDATE [SavingsLines] SET [Amount] = [Amount] / 10;");
            migrationBuilder.Sql("UPDATE [Proposals] SET [CurrentBudget] = [CurrentBudget] / 10 WHERE [CurrentBudget] IS NOT NULL;");
        }
    }
}

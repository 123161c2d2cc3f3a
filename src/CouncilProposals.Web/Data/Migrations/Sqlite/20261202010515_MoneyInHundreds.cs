using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CouncilProposals.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MoneyInHundreds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Amounts were £000 with one decimal; from now on whole hundreds of pounds, so SUM is exact.
            migrationBuilder.Sql("UPDATE \"SavingsLines\" SET \"Amount\" = CAST(ROUND(CAST(\"Amount\" AS REAL) * 10) AS INTEGER);");
            migrationBuilder.Sql("UPDATE \"Proposals\" SET \"CurrentBudget\" = CAST(ROUND(CAST(\"CurrentBudget\" AS REAL) * 10) AS INTEGER) WHERE \"CurrentBudget\" IS NOT NULL;");

            migrationBuilder.AlterColumn<long>(
                name: "Amount",
                table: "SavingsLines",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "TEXT",
                oldPrecision: 10,
                oldScale: 1);

            migrationBuilder.AlterColumn<long>(
                name: "CurrentBudget",
                table: "Proposals",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "TEXT",
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
                type: "TEXT",
                precision: 10,
                scale: 1,
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<decimal>(
                name: "CurrentBudget",
                table: "Proposals",
                type: "TEXT",
                precision: 10,
                scale: 1,
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.Sql("UPDATE \"SavingsLines\" SET \"Amount\" = CAST(\"Amount\" AS REAL) / 10;");
            migrationBuilder.Sql("UPDATE \"Proposals\" SET \"CurrentBudget\" = CAST(\"CurrentBudget\" AS REAL) / 10 WHERE \"CurrentBudget\" IS NOT NULL;");
        }
    }
}

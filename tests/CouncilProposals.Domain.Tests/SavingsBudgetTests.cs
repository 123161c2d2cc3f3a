using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;

namespace CouncilProposals.Domain.Tests;

/// <summary>Savings may not exceed the current budget; income may.</summary>
public sealed class SavingsBudgetTests
{
    [Theory]
    [InlineData("100", "100", "0", false)]
    [InlineData("100", "100.1", "0", true)]
    [InlineData("100", "60", "500", false)]
    [InlineData(null, "1000", "0", false)]
    public void IsExceeded_CountsSavingsNotIncome(string? budget, string savings, string income, bool exceeded)
    {
        var lines = new[] { (SavingsKind.Saving, Amount(savings)), (SavingsKind.Income, Amount(income)) };

        Assert.Equal(exceeded, SavingsBudget.IsExceeded(budget is null ? null : Amount(budget), lines));
    }

    private static Money Amount(string thousands) => AmountParser.Parse(thousands).Amount!.Value;
}

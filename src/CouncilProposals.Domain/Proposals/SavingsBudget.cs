using CouncilProposals.Domain.Common;

namespace CouncilProposals.Domain.Proposals;

/// <summary>Savings cannot be more than the current budget; extra income is recorded as income and has no such limit.</summary>
public static class SavingsBudget
{
    public static Money TotalSavings(IEnumerable<(SavingsKind Kind, Money Amount)> lines) =>
        Money.Sum(lines.Where(line => line.Kind == SavingsKind.Saving).Select(line => line.Amount));

    public static bool IsExceeded(Money? currentBudget, Money totalSavings) => currentBudget is { } budget && totalSavings > budget;

    public static bool IsExceeded(Money? currentBudget, IEnumerable<(SavingsKind Kind, Money Amount)> lines) =>
        IsExceeded(currentBudget, TotalSavings(lines));
}

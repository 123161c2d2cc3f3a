using CouncilProposals.Domain.Common;

namespace CouncilProposals.Domain.Cycles;

/// <summary>
/// A Medium Term Financial Strategy cycle, such as "2021-24": a base year (2020-21) whose budget the savings
/// come off, and the savings years that follow it. One cycle is open for new proposals at a time.
/// </summary>
public sealed class MtfsCycle : IVersioned
{
    public const int MaxSavingsYears = 5;

    private MtfsCycle()
    {
        Name = string.Empty;
    }

    public MtfsCycle(FinancialYear baseYear, int savingsYearCount = 3)
    {
        if (savingsYearCount is < 1 or > MaxSavingsYears)
        {
            throw new DomainException($"A cycle has between 1 and {MaxSavingsYears} savings years.");
        }

        BaseYear = baseYear;
        SavingsYearCount = savingsYearCount;
        Name = $"{baseYear.Next().StartYear}-{LastSavingsYear.Next().StartYear % 100:00}";
    }

    public int Id { get; private set; }

    /// <summary>"2021-24": the first savings year's start to the last savings year's end.</summary>
    public string Name { get; private set; }

    public FinancialYear BaseYear { get; private set; }

    public int SavingsYearCount { get; private set; }

    public bool IsOpen { get; private set; }

    public Guid Version { get; set; }

    public FinancialYear FirstSavingsYear => BaseYear.Next();

    public FinancialYear LastSavingsYear => new(BaseYear.StartYear + SavingsYearCount);

    public IReadOnlyList<FinancialYear> SavingsYears =>
        Enumerable.Range(1, SavingsYearCount).Select(offset => new FinancialYear(BaseYear.StartYear + offset)).ToList();

    public bool IsSavingsYear(FinancialYear year) => year >= FirstSavingsYear && year <= LastSavingsYear;

    public void Open() => IsOpen = true;

    public void Close() => IsOpen = false;
}

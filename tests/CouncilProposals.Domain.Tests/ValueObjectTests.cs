using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Cycles;

namespace CouncilProposals.Domain.Tests;

public sealed class ValueObjectTests
{
    [Theory]
    [InlineData(2020, "2020-21", "20-21")]
    [InlineData(2099, "2099-00", "99-00")]
    public void FinancialYear_IsWrittenTheCouncilsWay(int start, string full, string shortName)
    {
        var year = new FinancialYear(start);

        Assert.Equal(full, year.ToString());
        Assert.Equal(shortName, year.ShortName);
    }

    [Theory]
    [InlineData("2021-22", 2021)]
    [InlineData("2021/22", 2021)]
    [InlineData(" 2021-2022 ", 2021)]
    public void FinancialYear_ParsesCommonSpellings(string text, int start) =>
        Assert.Equal(new FinancialYear(start), FinancialYear.Parse(text));

    [Theory]
    [InlineData("2021-23")]
    [InlineData("21-22")]
    [InlineData("next year")]
    public void FinancialYear_RefusesWhatIsNotAYear(string text) =>
        Assert.False(FinancialYear.TryParse(text, out _));

    [Fact]
    public void Money_ShowsSavingsInBracketsAndNothingAsADash()
    {
        Assert.Equal("(371)", Money.FromThousands(371m).ToSavingText());
        Assert.Equal("(1,234.5)", Money.FromThousands(1234.5m).ToSavingText());
        Assert.Equal("-", Money.Zero.ToSavingText());
        Assert.Equal("742", Money.FromThousands(742m).ToBudgetText());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10_000_000)]
    [InlineData(1.25)]
    public void Money_RefusesNegativeHugeOrOverPreciseAmounts(decimal amount) =>
        Assert.Throws<DomainException>(() => Money.FromThousands(amount));

    [Fact]
    public void Money_AllowsTheLargestAmount() =>
        Assert.Equal(9_999_999m, Money.FromThousands(9_999_999m).Thousands);

    [Theory]
    [InlineData(-0.5)]
    [InlineData(0.125)]
    public void Fte_RefusesNegativeOrOverPreciseValues(decimal value) =>
        Assert.Throws<DomainException>(() => Fte.From(value));

    [Fact]
    public void Fte_KeepsFractions() => Assert.Equal("12.75", Fte.From(12.75m).ToString());

    [Theory]
    [InlineData(new[] { 8, 7.5 }, new[] { "8.0", "7.5" })]
    [InlineData(new[] { 10, 0.25, 1200 }, new[] { "10.00", "0.25", "1,200.00" })]
    [InlineData(new[] { 8.0, 7 }, new[] { "8.0", "7.0" })]
    public void FteAligned_GivesEveryFigureTheSameDecimalPlaces(double[] values, string[] expected) =>
        Assert.Equal(expected, Fte.Aligned(values.Select(v => Fte.From((decimal)v)).ToList()));

    [Fact]
    public void Cycle_IsNamedFromItsSavingsYears()
    {
        var cycle = new MtfsCycle(new FinancialYear(2020));

        Assert.Equal("2021-24", cycle.Name);
        Assert.Equal(["2021-22", "2022-23", "2023-24"], cycle.SavingsYears.Select(y => y.ToString()));
        Assert.True(cycle.IsSavingsYear(new FinancialYear(2023)));
        Assert.False(cycle.IsSavingsYear(new FinancialYear(2020)));
        Assert.False(cycle.IsSavingsYear(new FinancialYear(2024)));
    }
}

using CouncilProposals.Domain.Common;

namespace CouncilProposals.Domain.Tests;

public sealed class AmountParserTests
{
    [Theory]
    [InlineData("1,234", 1234)]
    [InlineData("£1,234", 1234)]
    [InlineData("1234.5", 1234.5)]
    [InlineData("(371)", 371)]
    [InlineData(" 371 ", 371)]
    [InlineData("-", 0)]
    [InlineData("9,999,999", 9999999)]
    public void Parse_ReadsAmountsAsAccountantsTypeThem(string text, decimal thousands)
    {
        var result = AmountParser.Parse(text);

        Assert.True(result.IsValid);
        Assert.Equal(thousands, result.Amount!.Value.Thousands);
    }

    [Theory]
    [InlineData("12,34")]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("1.25")]
    [InlineData("10000000")]
    [InlineData("()")]
    public void Parse_RefusesWhatIsNotAnAmount_WithAMessageForTheOfficer(string text)
    {
        var result = AmountParser.Parse(text);

        Assert.False(result.IsValid);
        Assert.Null(result.Amount);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_OfNothing_IsEmptyNotAnError(string? text)
    {
        var result = AmountParser.Parse(text);

        Assert.True(result.IsEmpty);
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Parse_WithTheFieldsName_SaysItInTheMessage()
    {
        Assert.Equal("Enter the current budget in £000, like 371, 1,234 or 1234.5", AmountParser.Parse("12,34", "the current budget").Error);
        Assert.Equal("Enter an amount in £000, like 371, 1,234 or 1234.5", AmountParser.Parse("abc").Error);
    }
}

using CouncilProposals.Domain.Common;

namespace CouncilProposals.Domain.Tests;

/// <summary>What the number table (tests/number-examples.json, run by NumberExamplesTests) does not cover: empty input and messages.</summary>
public sealed class AmountParserTests
{
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

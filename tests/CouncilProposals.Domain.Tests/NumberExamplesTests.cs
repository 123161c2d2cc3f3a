using System.Text.Json;
using CouncilProposals.Domain.Common;

namespace CouncilProposals.Domain.Tests;

/// <summary>Every row of tests/number-examples.json, the table the live total in the browser is held to as well.</summary>
public sealed class NumberExamplesTests
{
    public static TheoryData<string, decimal?, bool> Amounts => Rows("amounts");

    public static TheoryData<string, decimal?, bool> Ftes => Rows("fte");

    [Theory]
    [MemberData(nameof(Amounts))]
    public void AmountParser_StoresOrRefusesEveryExample(string text, decimal? stored, bool refused)
    {
        var result = AmountParser.Parse(text);

        Assert.Equal(!refused, result.IsValid);
        Assert.Equal(refused, result.Error is not null && result.Error.Length > 0);
        Assert.Equal(stored, result.Amount?.Thousands);
    }

    [Theory]
    [MemberData(nameof(Ftes))]
    public void FteParser_StoresOrRefusesEveryExample(string text, decimal? stored, bool refused)
    {
        var result = FteParser.Parse(text, "current FTE");

        Assert.Equal(!refused, result.IsValid);
        Assert.Equal(refused ? FteParser.FormatMessage("current FTE") : null, result.Error);
        Assert.Equal(stored, result.Fte?.Value);
    }

    private static TheoryData<string, decimal?, bool> Rows(string kind)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "number-examples.json")));
        var rows = new TheoryData<string, decimal?, bool>();
        foreach (var row in document.RootElement.GetProperty(kind).EnumerateArray())
        {
            var stored = row.TryGetProperty("stored", out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : (decimal?)null;
            rows.Add(row.GetProperty("text").GetString()!, stored, row.TryGetProperty("refused", out var refused) && refused.GetBoolean());
        }

        return rows;
    }
}

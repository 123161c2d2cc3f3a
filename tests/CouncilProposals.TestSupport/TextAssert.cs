namespace CouncilProposals.TestSupport;

public static class TextAssert
{
    /// <summary>Each expected piece appears in the text, after the one before it.</summary>
    public static void InOrder(string text, IEnumerable<string> expected)
    {
        var position = 0;
        foreach (var item in expected)
        {
            var found = text.IndexOf(item, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"Expected to find, after position {position}: \"{item}\"");
            position = found + item.Length;
        }
    }
}

namespace CouncilProposals.TestSupport;

/// <summary>Words no other test uses, so that a test finds only the data it made in the shared database.</summary>
public static class Unique
{
    /// <summary>The prefix and eight random letters, no digits: "Lanternkcpbfgam" cannot match a reference number.</summary>
    public static string Word(string prefix = "") =>
        prefix + string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))));
}

namespace CouncilProposals.ArchitectureTests;

/// <summary>
/// The same layer rules on the source text, so that a forbidden <c>using</c> fails even before any type from it is
/// used, and the folders cannot drift from the namespaces.
/// </summary>
public sealed class SourceLayerTests
{
    private static readonly string[] CodeFolders = ["src", "tests", "bench"];

    public static TheoryData<string, string> ForbiddenNames => new()
    {
        { "src/CouncilProposals.Domain", "CouncilProposals.Web" },
        { "src/CouncilProposals.Domain", "Microsoft.EntityFrameworkCore" },
        { "src/CouncilProposals.Pdf", "CouncilProposals.Domain" },
        { "src/CouncilProposals.Web/Data", "CouncilProposals.Web.Features" },
        { "src/CouncilProposals.Web/Data", "CouncilProposals.Web.Hosting" },
        { "src/CouncilProposals.Web/Features", "CouncilProposals.Web.Hosting" },
    };

    [Theory]
    [MemberData(nameof(ForbiddenNames))]
    public void SourceFolder_NeverNamesAForbiddenLayer(string folder, string forbidden)
    {
        var offenders = SourceTree.Files(folder).Where(file => SourceTree.Names(file, forbidden)).ToList();

        Assert.True(offenders.Count == 0, $"{forbidden} is named in {folder}: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void SourceCheck_WhenAFileHasAForbiddenUsing_FindsIt()
    {
        var file = Path.Combine(Path.GetTempPath(), $"layer-check-{Guid.NewGuid():N}.cs");
        File.WriteAllText(file, "using CouncilProposals.Web.Features.Proposals;\n\nnamespace CouncilProposals.Web.Data;\n");
        try
        {
            Assert.True(SourceTree.Names(file, "CouncilProposals.Web.Features"));
            Assert.False(SourceTree.Names(file, "CouncilProposals.Web.Hosting"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("Hosting")]
    [InlineData("Data")]
    [InlineData("Features")]
    public void WebFolder_DeclaresTheLayersNamespace(string folder)
    {
        var expected = $"namespace CouncilProposals.Web.{folder}";
        var offenders = SourceTree.Files($"src/CouncilProposals.Web/{folder}")
            .Where(file => !File.ReadLines(file).Any(line => line.StartsWith(expected, StringComparison.Ordinal)))
            .ToList();

        Assert.True(offenders.Count == 0, $"Files in {folder}/ outside {expected}: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void SourceFiles_StayUnderThreeHundredLines()
    {
        var oversized = CodeFolders
            .SelectMany(SourceTree.Files)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(file => (file, lines: File.ReadLines(file).Count()))
            .Where(entry => entry.lines > 300)
            .Select(entry => $"{entry.file} ({entry.lines} lines)")
            .ToList();

        Assert.True(oversized.Count == 0, "Split these files: " + string.Join(", ", oversized));
    }
}

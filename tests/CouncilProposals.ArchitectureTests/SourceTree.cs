namespace CouncilProposals.ArchitectureTests;

/// <summary>The repository's C# sources, found from the test's output folder.</summary>
internal static class SourceTree
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static IEnumerable<string> Files(string folder)
    {
        var path = Path.Combine(Root.Value, folder);
        return Directory.EnumerateFiles(path, "*.cs", SearchOption.AllDirectories)
            .Where(file => !IsBuildOutput(file))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>Whether the file names the namespace in a using, a qualified name or a namespace declaration.</summary>
    public static bool Names(string file, string name) =>
        File.ReadLines(file).Any(line => line.Contains(name + ".", StringComparison.Ordinal) || line.Contains(name + ";", StringComparison.Ordinal));

    private static bool IsBuildOutput(string file)
    {
        var separator = Path.DirectorySeparatorChar;
        return file.Contains($"{separator}obj{separator}", StringComparison.Ordinal) || file.Contains($"{separator}bin{separator}", StringComparison.Ordinal);
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CouncilProposals.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("CouncilProposals.sln not found above " + AppContext.BaseDirectory);
    }
}

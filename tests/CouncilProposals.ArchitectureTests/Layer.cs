using System.Reflection;
using NetArchTest.Rules;

namespace CouncilProposals.ArchitectureTests;

/// <summary>A layer of the web project: its namespace, which is also its folder under src/CouncilProposals.Web.</summary>
public sealed record Layer(string Namespace, string Folder)
{
    public static Layer Hosting { get; } = new("CouncilProposals.Web.Hosting", "Hosting");

    public static Layer Data { get; } = new("CouncilProposals.Web.Data", "Data");

    public static Layer Features { get; } = new("CouncilProposals.Web.Features", "Features");

    public TestResult MustNotUse(Assembly assembly, params Layer[] others) =>
        Types.InAssembly(assembly)
            .That().ResideInNamespace(Namespace)
            .ShouldNot().HaveDependencyOnAny(others.Select(other => other.Namespace).ToArray())
            .GetResult();
}

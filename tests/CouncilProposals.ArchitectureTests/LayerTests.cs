using System.Reflection;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Pdf.Fluent;
using Microsoft.AspNetCore.Mvc;
using NetArchTest.Rules;

namespace CouncilProposals.ArchitectureTests;

/// <summary>The layers, checked on the compiled assemblies: a type that uses another layer's type fails here.</summary>
public sealed class LayerTests
{
    private static readonly Assembly Web = typeof(Program).Assembly;

    [Fact]
    public void Domain_DependsOnNeitherTheWebNorDataAccessNorThePdfKit()
    {
        var result = Types.InAssembly(typeof(Proposal).Assembly)
            .ShouldNot()
            .HaveDependencyOnAny("CouncilProposals.Web", "CouncilProposals.Pdf", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore")
            .GetResult();

        AssertKept(result, "the domain");
    }

    [Fact]
    public void PdfKit_KnowsNothingOfProposalsOrTheWeb()
    {
        var result = Types.InAssembly(typeof(IDocument).Assembly)
            .ShouldNot()
            .HaveDependencyOnAny("CouncilProposals.Domain", "CouncilProposals.Web", "Microsoft.AspNetCore")
            .GetResult();

        AssertKept(result, "the PDF kit");
    }

    [Fact]
    public void Data_UsesNeitherFeaturesNorHosting()
    {
        AssertKept(Layer.Data.MustNotUse(Web, Layer.Features, Layer.Hosting), "Data/");
    }

    [Fact]
    public void Features_NeverReachIntoHosting()
    {
        AssertKept(Layer.Features.MustNotUse(Web, Layer.Hosting), "Features/");
    }

    [Fact]
    public void Controllers_LiveInFeatureFolders()
    {
        var result = Types.InAssembly(Web)
            .That().Inherit(typeof(ControllerBase))
            .Should().ResideInNamespace(Layer.Features.Namespace)
            .GetResult();

        AssertKept(result, "controllers");
    }

    [Fact]
    public void LayerRule_WhenTheLayerUsesTheOther_Fails()
    {
        // Hosting wires the features up, so it must use them: proves the rule sees real dependencies.
        var result = Layer.Hosting.MustNotUse(Web, Layer.Features);

        Assert.False(result.IsSuccessful);
        Assert.Contains(result.FailingTypeNames, name => name.StartsWith(Layer.Hosting.Namespace, StringComparison.Ordinal));
    }

    private static void AssertKept(TestResult result, string layer)
    {
        var failing = result.FailingTypeNames ?? [];
        Assert.True(result.IsSuccessful, $"These types in {layer} break the layer rules: {string.Join(", ", failing)}");
    }
}

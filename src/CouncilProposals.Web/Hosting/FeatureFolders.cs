using Microsoft.AspNetCore.Mvc.Razor;

namespace CouncilProposals.Web.Hosting;

/// <summary>Views live beside their controller in Features/{Feature}; shared layouts in Features/Shared.</summary>
public sealed class FeatureFolders : IViewLocationExpander
{
    public void PopulateValues(ViewLocationExpanderContext context)
    {
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
        ["/Features/{1}/{0}.cshtml", "/Features/Shared/{0}.cshtml"];
}

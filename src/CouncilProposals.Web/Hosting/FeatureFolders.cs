using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace CouncilProposals.Web.Hosting;

/// <summary>
/// Views live beside their controller in Features/{Feature}, the last part of the controller's namespace, so a
/// feature may have more than one controller; shared layouts in Features/Shared.
/// </summary>
public sealed class FeatureFolders : IViewLocationExpander
{
    private const string FeatureKey = "feature";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action && action.ControllerTypeInfo.Namespace is { } space)
        {
            context.Values[FeatureKey] = space[(space.LastIndexOf('.') + 1)..];
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
        [$"/Features/{(context.Values.TryGetValue(FeatureKey, out var feature) ? feature : "{1}")}/{{0}}.cshtml", "/Features/Shared/{0}.cshtml"];
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CouncilProposals.Web.Features.Shared;

/// <summary>
/// When a form's antiforgery check fails (the page was open a long time, or the person signed in again in
/// another tab), nothing is saved, and instead of a blank 400 the person sees what they posted in a form with a
/// fresh token, to check and submit again.
/// </summary>
public sealed class AntiforgeryFailurePage(IModelMetadataProvider metadata) : IAsyncAlwaysRunResultFilter
{
    public const string TokenField = "__RequestVerificationToken";

    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            var request = context.HttpContext.Request;
            var posted = request.HasFormContentType
                ? (await request.ReadFormAsync(context.HttpContext.RequestAborted))
                    .Where(field => field.Key != TokenField)
                    .SelectMany(field => field.Value.Select(value => new PostedField(field.Key, value ?? string.Empty)))
                    .ToList()
                : [];
            context.Result = new ViewResult
            {
                ViewName = "FormNotSent",
                StatusCode = StatusCodes.Status400BadRequest,
                ViewData = new ViewDataDictionary(metadata, context.ModelState) { Model = new FormNotSentPage(request.Path + request.QueryString, posted) },
            };
        }

        await next();
    }
}

public sealed record PostedField(string Name, string Value)
{
    /// <summary>Version stamps and the like go back as they were; what a person typed is shown to check.</summary>
    public bool IsHidden => Name is "Version" || Name.EndsWith(".Year", StringComparison.Ordinal) || Name.EndsWith("Id", StringComparison.Ordinal);
}

public sealed record FormNotSentPage(string Action, IReadOnlyList<PostedField> Fields);

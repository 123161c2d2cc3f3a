using Microsoft.AspNetCore.Mvc.Filters;

namespace CouncilProposals.Web.Features.Shared;

/// <summary>
/// Refuses any posted field holding control characters (other than tab and line breaks), with a message beside
/// the field and what was typed kept on the page: they cannot be typed, only pasted, and stripping them quietly
/// would save something other than what the person sent.
/// </summary>
public sealed class ControlCharacterCheck : IAsyncActionFilter
{
    public const string Message = "This answer contains hidden control characters (they can come with pasted text). Remove them, or type the text again, then save";

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (HttpMethods.IsPost(request.Method) && request.HasFormContentType)
        {
            foreach (var (key, values) in await request.ReadFormAsync(context.HttpContext.RequestAborted))
            {
                if (values.Any(HasControlCharacters))
                {
                    context.ModelState.AddModelError(key, Message);
                }
            }
        }

        await next();
    }

    public static bool HasControlCharacters(string? text) =>
        text is not null && text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
}

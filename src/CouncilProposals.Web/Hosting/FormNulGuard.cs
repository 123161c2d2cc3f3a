using System.Text;

namespace CouncilProposals.Web.Hosting;

/// <summary>
/// ASP.NET Core cannot read a form whose values hold an encoded NUL ("%00"): the whole form is lost and the
/// antiforgery check answers a blank 400. This turns each "%00" of a posted form into "%01", another control
/// character the form reader accepts, so the form is read whole and <see cref="Features.Shared.ControlCharacterCheck"/>
/// refuses the field with a message beside it, keeping the rest of what was typed.
/// </summary>
public static class FormNulGuard
{
    private const long MaxBufferedForm = 4 * 1024 * 1024;

    public static IApplicationBuilder UseFormNulGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method) && request.HasFormContentType
            && request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            && request.ContentLength is null or <= MaxBufferedForm)
        {
            using var reader = new StreamReader(request.Body, Encoding.ASCII, leaveOpen: true);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            var guarded = Encoding.ASCII.GetBytes(body.Replace("%00", "%01", StringComparison.Ordinal));
            request.Body = new MemoryStream(guarded);
            request.ContentLength = guarded.Length;
        }

        await next();
    });
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CouncilProposals.Web.Features.Errors;

/// <summary>
/// Plain error pages that give nothing away about the system. They answer re-executed POSTs too, so they take no
/// antiforgery token; only real error statuses (400-599) have a page.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : Controller
{
    [Route("/error/{statusCode:int:range(400,599)?}")]
    public IActionResult Show(int? statusCode)
    {
        var code = statusCode ?? StatusCodes.Status500InternalServerError;
        Response.StatusCode = code;
        return View("Error", code);
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CouncilProposals.Web.Features.Errors;

/// <summary>Plain error pages that give nothing away about the system.</summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : Controller
{
    [Route("/error/{statusCode:int?}")]
    public IActionResult Show(int? statusCode)
    {
        var code = statusCode ?? StatusCodes.Status500InternalServerError;
        Response.StatusCode = code;
        return View("Error", code);
    }
}

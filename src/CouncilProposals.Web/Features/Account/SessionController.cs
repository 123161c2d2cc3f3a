using Microsoft.AspNetCore.Mvc;

namespace CouncilProposals.Web.Features.Account;

/// <summary>"Stay signed in" from the timeout warning. Any signed-in request renews the sign-in (<see cref="SessionValidator"/>).</summary>
public sealed class SessionController : Controller
{
    public const string Name = "Session";

    [HttpPost("/session/keep-alive")]
    public IActionResult KeepAlive() => NoContent();
}

using Microsoft.AspNetCore.Mvc;

namespace CouncilProposals.Web.Features.Home;

public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View();
}

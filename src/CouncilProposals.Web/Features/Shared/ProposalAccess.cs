using System.Globalization;
using System.Security.Claims;
using CouncilProposals.Domain.Access;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.Shared;

/// <summary>
/// Guards an action on the proposal named by the route's <c>id</c>: 404 for a proposal the user may not see
/// (or that does not exist), 403 for an action they may not take on it. The action's status rules stay with
/// the domain. Usage: <c>[ProposalAccess(ProposalAction.Edit)]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false)]
public sealed class ProposalAccessAttribute : TypeFilterAttribute
{
    public ProposalAccessAttribute(ProposalAction action)
        : base(typeof(ProposalAccessFilter))
    {
        Arguments = [action];
    }
}

public sealed partial class ProposalAccessFilter(ProposalAction action, AppDbContext db, CurrentActor currentActor, ILogger<ProposalAccessFilter> logger) : IAsyncActionFilter
{
    public const string FactsKey = "ProposalFacts";

    /// <summary>Compiled once: it runs before every action on a proposal, the PDF included.</summary>
    private static readonly Func<AppDbContext, int, CancellationToken, Task<ProposalFacts?>> LoadFacts = EF.CompileAsyncQuery(
        (AppDbContext db, int id, CancellationToken cancellationToken) => db.Proposals.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new ProposalFacts(p.DirectorateId, p.Status, p.Contributors.Select(c => c.UserName).ToList()))
            .SingleOrDefault());

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (!int.TryParse(context.RouteData.Values["id"] as string ?? Convert.ToString(context.RouteData.Values["id"], CultureInfo.InvariantCulture), out var id))
        {
            context.Result = new NotFoundResult();
            return;
        }

        var cancellationToken = context.HttpContext.RequestAborted;
        var facts = await LoadFacts(db, id, cancellationToken);
        var actor = await currentActor.GetAsync(cancellationToken);

        if (facts is null || !ProposalPermissions.CanSee(actor, facts))
        {
            if (facts is not null)
            {
                LogRefused(logger, AccountOf(context), action, id, "cannot see it");
            }

            context.Result = new NotFoundResult();
            return;
        }

        if (!ProposalPermissions.Can(actor, facts, action))
        {
            LogRefused(logger, AccountOf(context), action, id, "not allowed");
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
            return;
        }

        context.HttpContext.Items[FactsKey] = facts;
        await next();
    }

    /// <summary>The account's id, not its email address: logs hold no personal data.</summary>
    private static string AccountOf(ActionExecutingContext context) => context.HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "(unknown)";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Authorisation refused: account {Account} may not {Action} proposal {ProposalId} ({Why})")]
    private static partial void LogRefused(ILogger logger, string account, ProposalAction action, int proposalId, string why);
}

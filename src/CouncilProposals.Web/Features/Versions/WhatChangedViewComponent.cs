using CouncilProposals.Domain.Access;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Domain.Proposals.Versions;
using CouncilProposals.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace CouncilProposals.Web.Features.Versions;

/// <summary>
/// "What changed since you returned it": on a proposal submitted again after a director returned it, the director
/// who may now approve or return it sees the differences between the version they returned and the one in front
/// of them, so they need not read the whole proposal again. Nothing is shown to anyone else or at other times.
/// </summary>
public sealed class WhatChangedViewComponent(VersionsQuery versions, CurrentActor currentActor) : ViewComponent
{
    public const string Name = "WhatChanged";

    public async Task<IViewComponentResult> InvokeAsync(int id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var actor = await currentActor.GetAsync(cancellationToken);
        if (HttpContext.Items[ProposalAccessFilter.FactsKey] is not ProposalFacts facts || !ProposalPermissions.Can(actor, facts, ProposalAction.Approve))
        {
            return Content(string.Empty);
        }

        var rows = await versions.ListAsync(id, cancellationToken);
        var submitted = rows.Count == 0 ? null : rows[^1];
        var returned = rows.LastOrDefault(v => v.Event == VersionEvent.Returned);
        if (submitted is not { Event: VersionEvent.Submitted } || returned is null)
        {
            return Content(string.Empty);
        }

        var before = await versions.SnapshotAsync(id, returned.Number, cancellationToken);
        var after = await versions.SnapshotAsync(id, submitted.Number, cancellationToken);
        var changes = SnapshotComparison.Between(before!, after!);
        var byViewer = string.Equals(returned.TakenBy, actor.UserName, StringComparison.OrdinalIgnoreCase);
        return View("~/Features/Versions/_WhatChanged.cshtml", new WhatChangedModel(id, returned, submitted, byViewer, changes));
    }
}

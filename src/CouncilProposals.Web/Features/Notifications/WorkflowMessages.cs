using CouncilProposals.Domain.Access;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Data.Notifications;
using CouncilProposals.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CouncilProposals.Web.Features.Notifications;

/// <summary>
/// Who is told of a status change, and what they are told: directors on submission; the authors (creator and
/// everyone who changed the content) on return, approval, reopening and Cabinet's decision; Corporate Finance on
/// approval. Never the person who acted, nor anyone locked out or who switched that kind of e-mail off. A message
/// carries only the title, the reference and a link.
/// </summary>
public sealed class WorkflowMessages(IOptions<CouncilOptions> council, TimeProvider time) : IWorkflowMessages
{
    public async Task<IReadOnlyList<OutboxMessage>> ComposeAsync(AppDbContext db, IReadOnlyList<StatusTransition> transitions, string actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var messages = new List<OutboxMessage>();
        foreach (var transition in transitions)
        {
            var sent = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { actor };
            foreach (var (kind, recipients) in await RecipientsAsync(db, transition, cancellationToken))
            {
                var optedOut = await db.EmailOptOuts.AsNoTracking().Where(o => o.Kind == kind).Select(o => o.UserId).ToListAsync(cancellationToken);
                foreach (var person in recipients.Where(p => !optedOut.Contains(p.Id) && !(p.LockoutEnd > now) && !sent.Contains(p.UserName ?? string.Empty)))
                {
                    if (person.Email is { Length: > 0 } email && sent.Add(email))
                    {
                        messages.Add(Compose(kind, transition, person, now));
                    }
                }
            }
        }

        return messages;
    }

    private static async Task<List<(NotificationKind Kind, List<ApplicationUser> People)>> RecipientsAsync(AppDbContext db, StatusTransition transition, CancellationToken cancellationToken)
    {
        var proposal = transition.Proposal;
        return (transition.From, transition.To) switch
        {
            (_, ProposalStatus.Submitted) => [(NotificationKind.SubmittedForApproval, await DirectorsOfAsync(db, proposal, cancellationToken))],
            (ProposalStatus.Submitted, ProposalStatus.Returned) => [(NotificationKind.Returned, await AuthorsOfAsync(db, proposal, cancellationToken))],
            (ProposalStatus.Submitted, ProposalStatus.Approved) =>
            [
                (NotificationKind.Approved, await AuthorsOfAsync(db, proposal, cancellationToken)),
                (NotificationKind.ReadyForCabinet, await InRole(db, Roles.CorporateFinance).ToListAsync(cancellationToken)),
            ],
            (ProposalStatus.Approved, ProposalStatus.Draft) => [(NotificationKind.Reopened, await AuthorsOfAsync(db, proposal, cancellationToken))],
            (ProposalStatus.Approved, ProposalStatus.AgreedByCabinet or ProposalStatus.NotAgreedByCabinet) =>
                [(NotificationKind.CabinetDecision, await AuthorsOfAsync(db, proposal, cancellationToken))],
            _ => [],
        };
    }

    private static IQueryable<ApplicationUser> InRole(AppDbContext db, string role) =>
        db.Users.AsNoTracking().Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));

    /// <summary>The directorate's directors, less any who worked on it: they may not sign it off.</summary>
    private static async Task<List<ApplicationUser>> DirectorsOfAsync(AppDbContext db, Proposal proposal, CancellationToken cancellationToken)
    {
        var directors = await InRole(db, Roles.Director)
            .Where(u => db.UserDirectorates.Any(d => d.UserId == u.Id && d.DirectorateId == proposal.DirectorateId))
            .OrderBy(u => u.Email)
            .ToListAsync(cancellationToken);
        return directors.Where(d => !proposal.IsOwnWorkOf(d.UserName ?? string.Empty)).ToList();
    }

    private static async Task<List<ApplicationUser>> AuthorsOfAsync(AppDbContext db, Proposal proposal, CancellationToken cancellationToken)
    {
        var names = proposal.Contributors.Select(c => c.UserName).Append(proposal.CreatedBy)
            .Select(name => name.ToUpperInvariant())
            .Distinct()
            .ToList();
        return await db.Users.AsNoTracking().Where(u => names.Contains(u.NormalizedUserName!)).OrderBy(u => u.Email).ToListAsync(cancellationToken);
    }

    private OutboxMessage Compose(NotificationKind kind, StatusTransition transition, ApplicationUser person, DateTimeOffset now)
    {
        var proposal = transition.Proposal;
        var options = council.Value;
        var baseUrl = (options.BaseUrl ?? throw new InvalidOperationException("Council:BaseUrl is not set.")).TrimEnd('/');
        var named = $"{proposal.Reference} \u201c{proposal.Title}\u201d";
        var (subject, what) = kind switch
        {
            NotificationKind.SubmittedForApproval => ($"Proposal submitted for your approval: {proposal.Reference}", $"The savings proposal {named} has been submitted for your approval. Please approve it or return it to the officer."),
            NotificationKind.Returned => ($"Proposal returned to you: {proposal.Reference}", $"The savings proposal {named} has been returned to you. The director's reasons are on the proposal's page. Please make the changes and submit it again."),
            NotificationKind.Approved => ($"Proposal approved: {proposal.Reference}", $"The savings proposal {named} has been approved by a director. Corporate Finance will put it to Cabinet."),
            NotificationKind.ReadyForCabinet => ($"Proposal ready for Cabinet: {proposal.Reference}", $"The savings proposal {named} has been approved by a director and can go into a Cabinet pack."),
            NotificationKind.Reopened => ($"Proposal reopened: {proposal.Reference}", $"The savings proposal {named} has been reopened by Corporate Finance and can be changed again. The reason is on the proposal's page."),
            _ => ($"Cabinet's decision recorded: {proposal.Reference}", $"Cabinet's decision on the savings proposal {named} has been recorded: {proposal.Status.DisplayName().ToLowerInvariant()}."),
        };
        var body = $"""
            Dear {(string.IsNullOrWhiteSpace(person.DisplayName) ? person.Email : person.DisplayName)},

            {what}

            Open the proposal:
            {baseUrl}/proposals/{proposal.Id}

            To choose which e-mails you get, go to {baseUrl}/account/email-settings

            {options.ServiceName}
            {options.Name}
            """;
        return new OutboxMessage
        {
            Kind = kind,
            ProposalId = proposal.Id,
            ProposalReference = proposal.Reference,
            ToAddress = person.Email!,
            ToName = person.DisplayName,
            Subject = subject.Length > OutboxMessage.SubjectMaxLength ? subject[..OutboxMessage.SubjectMaxLength] : subject,
            Body = body.Length > OutboxMessage.BodyMaxLength ? body[..OutboxMessage.BodyMaxLength] : body,
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }
}

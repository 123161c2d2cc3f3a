using CouncilProposals.Domain.Access;
using CouncilProposals.Web.Data.Notifications;

namespace CouncilProposals.Web.Features.Notifications;

/// <summary>How each kind of e-mail is described on the settings page, and who may get it.</summary>
public static class NotificationKinds
{
    private static readonly string[] AuthorRoles = [Roles.FinanceOfficer, Roles.Director, Roles.CorporateFinance];

    public static IReadOnlyList<NotificationKind> All { get; } = Enum.GetValues<NotificationKind>();

    public static string Label(this NotificationKind kind) => kind switch
    {
        NotificationKind.SubmittedForApproval => "A proposal in your directorate is submitted for approval",
        NotificationKind.Returned => "A proposal you worked on is returned to you",
        NotificationKind.Approved => "A proposal you worked on is approved by a director",
        NotificationKind.ReadyForCabinet => "A proposal is approved and ready for a Cabinet pack",
        NotificationKind.Reopened => "A proposal you worked on is reopened",
        NotificationKind.CabinetDecision => "Cabinet's decision is recorded on a proposal you worked on",
        NotificationKind.PasswordReset => "An administrator sends you a link to set a new password",
        _ => kind.ToString(),
    };

    /// <summary>The kinds a person with these roles can switch off (a password reset link is always sent).</summary>
    public static IReadOnlyList<NotificationKind> For(IReadOnlyCollection<string> roles) => All.Where(kind => kind switch
    {
        NotificationKind.SubmittedForApproval => roles.Contains(Roles.Director),
        NotificationKind.ReadyForCabinet => roles.Contains(Roles.CorporateFinance),
        NotificationKind.PasswordReset => false,
        _ => roles.Any(AuthorRoles.Contains),
    }).ToList();
}

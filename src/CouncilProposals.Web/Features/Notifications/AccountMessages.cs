using CouncilProposals.Web.Data;
using CouncilProposals.Web.Data.Notifications;
using CouncilProposals.Web.Features.Account;
using CouncilProposals.Web.Features.Shared;
using Microsoft.Extensions.Options;

namespace CouncilProposals.Web.Features.Notifications;

/// <summary>E-mails about a person's own account, written for the outbox like the workflow's.</summary>
public sealed class AccountMessages(IOptions<CouncilOptions> council, TimeProvider time)
{
    public OutboxMessage PasswordReset(ApplicationUser person, string token)
    {
        var options = council.Value;
        var baseUrl = (options.BaseUrl ?? throw new InvalidOperationException("Council:BaseUrl is not set.")).TrimEnd('/');
        var now = time.GetUtcNow();
        var body = $"""
            Dear {(string.IsNullOrWhiteSpace(person.DisplayName) ? person.Email : person.DisplayName)},

            An administrator has asked for you to set a new password for {options.ServiceName}.

            Set your new password:
            {baseUrl}{PasswordResetLink.Path(person.Id, token)}

            The link works once and expires in {PasswordResetLink.LifespanText}. If you did not expect this e-mail, tell your
            administrator; your current password keeps working until you set a new one.

            {options.ServiceName}
            {options.Name}
            """;
        return new OutboxMessage
        {
            Kind = NotificationKind.PasswordReset,
            ToAddress = person.Email!,
            ToName = person.DisplayName,
            Subject = $"Set a new password for {options.ServiceName}",
            Body = body,
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }
}

using System.Globalization;
using CouncilProposals.Domain.Access;
using CouncilProposals.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.Administration;

/// <summary>The latest e-mails the service has sent, is waiting to send, or could not send, with the last error.</summary>
[Authorize(Roles = Roles.Administrator)]
[Route("admin/emails")]
public sealed class EmailSendsController(AppDbContext db) : Controller
{
    public const string Name = "EmailSends";

    private const int Shown = 100;

    [HttpGet("")]
    public async Task<IActionResult> Sends(CancellationToken cancellationToken)
    {
        var recent = await db.OutboxMessages.AsNoTracking()
            .OrderByDescending(m => m.Id)
            .Take(Shown)
            .Select(m => new EmailSendRow(m.CreatedAt, m.ToAddress, m.Subject, m.Attempts, m.SentAt, m.GaveUpAt, m.NextAttemptAt, m.LastError))
            .ToListAsync(cancellationToken);
        var waiting = await db.OutboxMessages.CountAsync(m => m.SentAt == null && m.GaveUpAt == null, cancellationToken);
        var failed = await db.OutboxMessages.CountAsync(m => m.GaveUpAt != null, cancellationToken);
        return View(new EmailSendsPage(recent, waiting, failed));
    }
}

public sealed record EmailSendRow(
    DateTimeOffset CreatedAt, string To, string Subject, int Attempts, DateTimeOffset? SentAt, DateTimeOffset? GaveUpAt, DateTimeOffset NextAttemptAt, string? LastError)
{
    public string Status => SentAt is not null ? "Sent" : GaveUpAt is not null ? "Not sent" : Attempts > 0 ? "Retrying" : "Waiting";

    private static readonly TimeZoneInfo London =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/London", out var london) ? london : TimeZoneInfo.Utc;

    /// <summary>"2 November 2026 at 9:30am", in London time.</summary>
    public static string When(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, London).ToString("d MMMM yyyy 'at' h:mmtt", CultureInfo.InvariantCulture)
            .Replace("AM", "am", StringComparison.Ordinal).Replace("PM", "pm", StringComparison.Ordinal);

    public string TagClass => SentAt is not null ? "govuk-tag--green" : GaveUpAt is not null ? "govuk-tag--red" : Attempts > 0 ? "govuk-tag--orange" : "govuk-tag--grey";
}

public sealed record EmailSendsPage(IReadOnlyList<EmailSendRow> Recent, int Waiting, int Failed);

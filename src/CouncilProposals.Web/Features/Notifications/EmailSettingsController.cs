using System.Security.Claims;
using CouncilProposals.Web.Data;
using CouncilProposals.Web.Data.Notifications;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Features.Notifications;

/// <summary>"Your e-mail settings": each person switches off the kinds of e-mail they do not want. All are on at first.</summary>
[Authorize]
[Route("account/email-settings")]
public sealed class EmailSettingsController(AppDbContext db) : Controller
{
    public const string Name = "EmailSettings";

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No one is signed in.");

    private IReadOnlyList<NotificationKind> Offered => NotificationKinds.For(User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList());

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var off = await db.EmailOptOuts.AsNoTracking().Where(o => o.UserId == UserId).Select(o => o.Kind).ToListAsync(cancellationToken);
        var wanted = Offered.Where(kind => !off.Contains(kind)).Select(kind => kind.ToString()).ToList();
        return View(new EmailSettingsPage(Offered, new EmailSettingsInput { Wanted = wanted }, TempData["Done"] as string));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(EmailSettingsInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(new EmailSettingsPage(Offered, input, null));
        }

        var userId = UserId;
        var off = Offered.Where(kind => !input.Wanted.Contains(kind.ToString(), StringComparer.Ordinal)).ToList();
        db.EmailOptOuts.RemoveRange(await db.EmailOptOuts.Where(o => o.UserId == userId).ToListAsync(cancellationToken));
        db.EmailOptOuts.AddRange(off.Select(kind => new EmailOptOut { UserId = userId, Kind = kind }));
        await db.SaveChangesAsync(cancellationToken);
        TempData["Done"] = "Your e-mail settings have been saved";
        return RedirectToAction(nameof(Index));
    }
}

public sealed class EmailSettingsInput
{
    /// <summary>The kinds of e-mail left ticked, by name.</summary>
    public List<string> Wanted { get; set; } = [];
}

public sealed class EmailSettingsInputValidator : AbstractValidator<EmailSettingsInput>
{
    public EmailSettingsInputValidator() =>
        RuleFor(i => i.Wanted)
            .Must(values => values.All(value => NotificationKinds.All.Any(kind => kind.ToString() == value)))
            .WithMessage("Choose only from the e-mails listed");
}

public sealed record EmailSettingsPage(IReadOnlyList<NotificationKind> Offered, EmailSettingsInput Input, string? Done);

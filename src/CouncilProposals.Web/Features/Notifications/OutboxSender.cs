using CouncilProposals.Web.Data;
using CouncilProposals.Web.Data.Notifications;
using CouncilProposals.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CouncilProposals.Web.Features.Notifications;

/// <summary>
/// Sends the outbox's due messages. Each batch is first claimed with a lease (one UPDATE that only takes messages
/// nobody holds), so two senders, in one process or in several, never send the same message; each message is
/// marked sent in the database straight after it is handed on, so a restart does not send it again. A failure
/// records the error and tries again later, waiting twice as long each time.
/// </summary>
public sealed class OutboxSender(IServiceScopeFactory scopes, IMailTransport transport, TimeProvider time, IOptions<EmailOptions> options, IOptions<CouncilOptions> council, ILogger<OutboxSender> logger)
{
    private const int BatchSize = 20;

    /// <summary>Sends one batch of due messages; answers how many were tried, so the caller knows whether to go on.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var claim = Guid.NewGuid();
        var now = time.GetUtcNow();
        var settings = options.Value;

        var due = db.OutboxMessages.Where(m => m.SentAt == null && m.GaveUpAt == null && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now));
        var ids = await due.OrderBy(m => m.Id).Select(m => m.Id).Take(BatchSize).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        var leaseUntil = now.AddSeconds(settings.LeaseSeconds);
        await due.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(
            set => set.SetProperty(m => m.LeaseId, (Guid?)claim).SetProperty(m => m.LeaseUntil, (DateTimeOffset?)leaseUntil), cancellationToken);
        var claimed = await db.OutboxMessages.AsNoTracking().Where(m => m.LeaseId == claim).OrderBy(m => m.Id).ToListAsync(cancellationToken);

        foreach (var message in claimed)
        {
            await SendOneAsync(db, message, claim, settings, cancellationToken);
        }

        return claimed.Count;
    }

    private async Task SendOneAsync(AppDbContext db, OutboxMessage message, Guid claim, EmailOptions settings, CancellationToken cancellationToken)
    {
        var mine = db.OutboxMessages.Where(m => m.Id == message.Id && m.LeaseId == claim);
        try
        {
            await transport.SendAsync(ToMime(message, settings), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var attempts = message.Attempts + 1;
            var now = time.GetUtcNow();
            var error = $"{exception.GetType().Name}: {exception.Message}";
            error = error.Length > OutboxMessage.ErrorMaxLength ? error[..OutboxMessage.ErrorMaxLength] : error;
            DateTimeOffset? gaveUp = attempts >= settings.MaxAttempts ? now : null;
            logger.LogWarning("E-mail {MessageId} not sent (attempt {Attempts}): {Error}", message.Id, attempts, error);
            await mine.ExecuteUpdateAsync(
                set => set.SetProperty(m => m.Attempts, attempts).SetProperty(m => m.LastError, (string?)error)
                    .SetProperty(m => m.NextAttemptAt, now + Backoff(attempts)).SetProperty(m => m.GaveUpAt, gaveUp)
                    .SetProperty(m => m.LeaseId, (Guid?)null).SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null),
                CancellationToken.None);
            return;
        }

        // Recorded even when the app is stopping: the message has gone and must not go again.
        var sentAt = time.GetUtcNow();
        await mine.ExecuteUpdateAsync(
            set => set.SetProperty(m => m.SentAt, (DateTimeOffset?)sentAt).SetProperty(m => m.Attempts, message.Attempts + 1)
                .SetProperty(m => m.LeaseId, (Guid?)null).SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null),
            CancellationToken.None);
    }

    /// <summary>1, 2, 4 ... minutes, at most an hour.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Math.Max(0, attempts - 1))));

    private MimeMessage ToMime(OutboxMessage message, EmailOptions settings)
    {
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Body = new TextPart("plain") { Text = message.Body },
            Date = message.CreatedAt,
        };
        mime.From.Add(new MailboxAddress(council.Value.ServiceName, settings.From));
        mime.To.Add(new MailboxAddress(message.ToName, message.ToAddress));

        // The same identity on every attempt, so a mail system that sees a message twice can tell.
        var domain = settings.From.Contains('@', StringComparison.Ordinal) ? settings.From[(settings.From.IndexOf('@', StringComparison.Ordinal) + 1)..] : "localhost";
        mime.MessageId = $"outbox-{message.Id}@{domain}";
        return mime;
    }
}

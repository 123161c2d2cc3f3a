using CouncilProposals.Web.Data.Notifications;
using Microsoft.Extensions.Options;

namespace CouncilProposals.Web.Features.Notifications;

/// <summary>Runs the outbox sender in the background: when a save queues messages, and at every poll interval.</summary>
public sealed class OutboxWorker(OutboxSender sender, OutboxSignal signal, IOptions<EmailOptions> options, ILogger<OutboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Start-up goes on without waiting for the first batch.
        await Task.Yield();
        var poll = TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                int tried;
                do
                {
                    tried = await sender.SendDueAsync(stoppingToken);
                }
                while (tried > 0);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be briefly unreachable: try again at the next poll rather than stop sending.
                logger.LogError(exception, "The e-mail outbox could not be read");
            }

            await signal.WaitAsync(poll, stoppingToken);
        }
    }
}

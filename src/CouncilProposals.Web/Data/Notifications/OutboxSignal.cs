namespace CouncilProposals.Web.Data.Notifications;

/// <summary>Wakes the outbox sender as soon as a save has added messages, instead of at its next poll.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        if (_semaphore.CurrentCount == 0)
        {
            try
            {
                _semaphore.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another save woke it at the same moment: once is enough.
            }
        }
    }

    public void Dispose() => _semaphore.Dispose();

    /// <summary>Waits until notified or until the poll interval has passed.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _semaphore.WaitAsync(timeout, cancellationToken);
}

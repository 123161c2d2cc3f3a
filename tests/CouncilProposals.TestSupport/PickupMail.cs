using MimeKit;

namespace CouncilProposals.TestSupport;

/// <summary>The e-mails the app has written to its pickup folder, read back with MimeKit.</summary>
public sealed class PickupMail(string folder)
{
    public string Folder { get; } = folder;

    public IReadOnlyList<MimeMessage> All() =>
        Directory.Exists(Folder)
            ? Directory.GetFiles(Folder, "*.eml").Order(StringComparer.Ordinal).Select(file => MimeMessage.Load(file)).ToList()
            : [];

    /// <summary>The e-mails to this address whose subject mentions the text.</summary>
    public IReadOnlyList<MimeMessage> To(string address, string subjectContains) =>
        All().Where(m => m.To.Mailboxes.Any(box => string.Equals(box.Address, address, StringComparison.OrdinalIgnoreCase))
            && (m.Subject ?? string.Empty).Contains(subjectContains, StringComparison.Ordinal)).ToList();

    /// <summary>Waits for the background sender to write an e-mail to this address about this subject.</summary>
    public async Task<MimeMessage> WaitForAsync(string address, string subjectContains, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < until)
        {
            if (To(address, subjectContains) is [var message, ..])
            {
                return message;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No e-mail to {address} about '{subjectContains}' in {Folder}.");
    }
}

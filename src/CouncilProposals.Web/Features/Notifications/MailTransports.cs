using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CouncilProposals.Web.Features.Notifications;

/// <summary>Hands one e-mail on: to the SMTP server, or to the pickup folder.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

public sealed class SmtpMailTransport(IOptions<EmailOptions> options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            throw new InvalidOperationException("E-mail is not set up: set Email:Smtp:Host or Email:PickupFolder.");
        }

        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        await client.ConnectAsync(smtp.Host, smtp.Port, smtp.Security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

/// <summary>Writes each e-mail as an .eml file, complete before it appears under its final name.</summary>
public sealed class PickupFolderMailTransport(string folder) : IMailTransport
{
    public string Folder { get; } = folder;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var name = Path.Combine(Folder, $"{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}");
        await using (var file = File.Create(name + ".tmp"))
        {
            await message.WriteToAsync(file, cancellationToken);
        }

        File.Move(name + ".tmp", name + ".eml");
    }
}

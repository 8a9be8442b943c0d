using CrmSite.Content.Items;
using CrmSite.Content.Store;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace CrmSite.Workflows.Activities.Email;

/// <summary>
/// Sends a message through the configured SMTP server, or writes it to <c>&lt;DataPath&gt;/Mail</c> as an .eml
/// file when none is configured. Failures come back as <see cref="MailDeliveryException"/> whose message never
/// carries the SMTP password.
/// </summary>
public sealed class MailDelivery(IConfiguration configuration, StoreOptions store, TimeProvider clock, ILogger<MailDelivery> logger)
{
    public SmtpOptions Options { get; } = SmtpOptions.From(configuration);

    /// <summary>The folder messages are written to when no SMTP host is configured.</summary>
    public string PickupDirectory => Path.Combine(store.DataPath, "Mail");

    /// <summary>Delivers <paramref name="message"/>; returns where it went (the server, or the file written).</summary>
    /// <exception cref="MailDeliveryException">The server refused the message or could not be reached.</exception>
    public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        if (Options.Host is null)
        {
            Directory.CreateDirectory(PickupDirectory);
            var path = Path.Combine(PickupDirectory, $"{clock.GetUtcNow().UtcDateTime:yyyyMMdd-HHmmss-fff}-{IdGenerator.NewId()}.eml");
            await message.WriteToAsync(path, cancellationToken);
            return path;
        }
        try
        {
            using var smtp = new SmtpClient { Timeout = (int)Options.Timeout.TotalMilliseconds };
            await smtp.ConnectAsync(Options.Host, Options.Port, Options.SecureSocketOptions, cancellationToken);
            if (Options.UserName is not null)
            {
                await smtp.AuthenticateAsync(Options.UserName, Options.Password ?? "", cancellationToken);
            }
            await smtp.SendAsync(message, cancellationToken);
            await smtp.DisconnectAsync(quit: true, cancellationToken);
            return $"{Options.Host}:{Options.Port}";
        }
        catch (Exception e) when (e is not OutOfMemoryException && !cancellationToken.IsCancellationRequested)
        {
            // Only the scrubbed message is logged: a server may echo what it was sent.
            var reason = Scrub($"{e.GetType().Name}: {e.Message}");
            logger.LogWarning("Mail to {Host}:{Port} failed: {Reason}", Options.Host, Options.Port, reason);
            throw new MailDeliveryException($"The mail could not be sent through {Options.Host}:{Options.Port}: {reason}");
        }
    }

    private string Scrub(string text) =>
        string.IsNullOrEmpty(Options.Password) ? text : text.Replace(Options.Password, "***", StringComparison.Ordinal);
}

using System.Net;
using System.Net.Sockets;
using CrmSite.Content.Store;
using CrmSite.Workflows.Activities.Email;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;

namespace CrmSite.Tests.Unit.Modules.Workflows;

public sealed class MailDeliveryTests : IDisposable
{
    private const string Password = "s3cret-Passw0rd";

    private readonly string _dataPath = Directory.CreateTempSubdirectory("crmsite-mail-").FullName;

    [Fact]
    public async Task SendAsync_WritesAnEmlFileUnderDataPathMail_WhenNoHostIsConfigured()
    {
        var delivery = Delivery(new Dictionary<string, string?>());

        var path = await delivery.SendAsync(Message(), CancellationToken.None);

        Assert.Equal(Path.Combine(_dataPath, "Mail"), Path.GetDirectoryName(path));
        Assert.EndsWith(".eml", path, StringComparison.Ordinal);
        var written = await MimeMessage.LoadAsync(path);
        Assert.Equal("Hello", written.Subject);
        Assert.Equal("someone@example.org", written.To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task SendAsync_FailsWithoutThePassword_WhenTheServerCannotBeReached()
    {
        var delivery = Delivery(new Dictionary<string, string?>
        {
            ["CrmSite:Smtp:Host"] = "127.0.0.1",
            ["CrmSite:Smtp:Port"] = ClosedPort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["CrmSite:Smtp:SecureSocketOptions"] = "None",
            ["CrmSite:Smtp:UserName"] = "mailer",
            ["CrmSite:Smtp:Password"] = Password,
        });

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() => delivery.SendAsync(Message(), CancellationToken.None));

        Assert.Contains("127.0.0.1", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, delivery.Options.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_dataPath, "Mail")));
    }

    public void Dispose() => Directory.Delete(_dataPath, recursive: true);

    private MailDelivery Delivery(Dictionary<string, string?> settings) => new(
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build(),
        new StoreOptions { DataPath = _dataPath },
        TimeProvider.System,
        NullLogger<MailDelivery>.Instance);

    private static MimeMessage Message()
    {
        var message = new MimeMessage { Subject = "Hello", Body = new TextPart("plain") { Text = "Hi." } };
        message.From.Add(MailboxAddress.Parse("site@example.org"));
        message.To.Add(MailboxAddress.Parse("someone@example.org"));
        return message;
    }

    /// <summary>A port nothing listens on: one the system just handed out and took back.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

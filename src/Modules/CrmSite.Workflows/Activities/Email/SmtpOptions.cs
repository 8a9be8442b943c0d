using MailKit.Security;
using Microsoft.Extensions.Configuration;

namespace CrmSite.Workflows.Activities.Email;

/// <summary>
/// How mail leaves the site (<c>CrmSite:Smtp</c>): through the SMTP server <see cref="Host"/> when one is set,
/// otherwise written as .eml files under <c>&lt;DataPath&gt;/Mail</c> (a development site sends nothing).
/// </summary>
public sealed record SmtpOptions
{
    public const string Section = "CrmSite:Smtp";

    public string? Host { get; init; }

    public int Port { get; init; } = 587;

    /// <summary>MailKit's socket options; <c>UseSsl: true</c> means SslOnConnect, otherwise Auto (STARTTLS when offered).</summary>
    public SecureSocketOptions SecureSocketOptions { get; init; } = SecureSocketOptions.Auto;

    public string? UserName { get; init; }

    public string? Password { get; init; }

    /// <summary>The From address of messages whose task names no author.</summary>
    public string? DefaultSender { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public static SmtpOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var socket = Enum.TryParse<SecureSocketOptions>(section["SecureSocketOptions"], ignoreCase: true, out var parsed) ? parsed
            : section.GetValue("UseSsl", false) ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.Auto;
        var host = section["Host"] is { Length: > 0 } h ? h : null;
        return new SmtpOptions
        {
            Host = host,
            Port = section.GetValue("Port", socket == SecureSocketOptions.SslOnConnect ? 465 : 587),
            SecureSocketOptions = socket,
            UserName = section["UserName"] is { Length: > 0 } user ? user : null,
            Password = section["Password"],
            // Mail written to the pickup folder needs some sender; one sent through a server must say who it is from.
            DefaultSender = section["DefaultSender"] is { Length: > 0 } sender ? sender : host is null ? "CrmSite <no-reply@localhost>" : null,
            Timeout = TimeSpan.FromSeconds(Math.Max(1, section.GetValue("TimeoutSeconds", 30))),
        };
    }

    // The password never appears in logs or journals, even when a record is printed.
    public override string ToString() => $"SmtpOptions {{ Host = {Host}, Port = {Port}, SecureSocketOptions = {SecureSocketOptions}, UserName = {UserName} }}";
}

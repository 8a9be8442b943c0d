using System.Net.Mail;
using System.Text.RegularExpressions;
using CrmSite.Content.Items;
using CrmSite.Content.Management;

namespace CrmSite.Chapters.ContentTypes;

/// <summary>An individual member's contact details must be usable: an e-mail address and a phone number in a dialable form.</summary>
public sealed partial class MemberValidator : IContentValidator
{
    public Task ValidateAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        if (context.Type.Name != ChapterTypes.Member)
        {
            return Task.CompletedTask;
        }
        var item = context.Item;
        if (item.Text(ChapterTypes.Member, "Email") is { } email && !IsEmail(email))
        {
            context.AddError("Member.Email", $"'{email}' is not an e-mail address (name@example.org).");
        }
        if (item.Text(ChapterTypes.Member, "Phone") is { } phone && !Phone().IsMatch(phone))
        {
            context.AddError("Member.Phone", $"'{phone}' is not a phone number: digits, spaces and dashes, optionally starting with +, 7 to 15 digits.");
        }
        return Task.CompletedTask;
    }

    private static bool IsEmail(string text) =>
        MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.', StringComparison.Ordinal);

    [GeneratedRegex(@"^\+?(?:[ -]?\d){7,15}$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Phone();
}

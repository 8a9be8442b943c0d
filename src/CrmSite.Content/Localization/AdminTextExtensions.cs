using CrmSite.Content.Management;
using Microsoft.Extensions.Localization;

namespace CrmSite.Content.Localization;

public static class AdminTextExtensions
{
    /// <summary><paramref name="error"/>'s message in the request's admin language (English when it has no translation).</summary>
    public static string Localize(this IStringLocalizer<AdminText> text, ContentError error) =>
        text[error.Format, [.. error.Arguments.Select(a => a ?? "")]].Value;
}

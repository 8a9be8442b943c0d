using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;

namespace CrmSite.Content.Localization;

/// <summary>
/// The admin's languages and how a request chooses one: the signed-in user's choice (a user claim, so it follows
/// them to any browser), else the language cookie set before signing in, else the browser's Accept-Language, else
/// English. Only the UI culture changes: numbers, dates and parsing stay culture-invariant on every request.
/// </summary>
public static class AdminCulture
{
    /// <summary>The user claim holding a user's admin language.</summary>
    public const string ClaimType = "crmsite_admin_culture";

    /// <summary>The cookie that holds the language chosen before signing in.</summary>
    public const string CookieName = ".CrmSite.Culture";

    public const string English = "en";

    public const string Urdu = "ur";

    /// <summary>The admin's languages, English first (the default).</summary>
    public static IReadOnlyList<string> Names { get; } = [English, Urdu];

    /// <summary>The language's own name, as a switch offers it.</summary>
    public static string NativeName(string culture) => culture == Urdu ? "اردو" : "English";

    public static bool IsSupported(string? culture) => culture is not null && Names.Contains(culture, StringComparer.Ordinal);

    /// <summary>The current request's admin language (its UI culture, reduced to a supported name).</summary>
    public static string Current => CultureInfo.CurrentUICulture.Name.StartsWith(Urdu, StringComparison.Ordinal) ? Urdu : English;

    /// <summary><c>rtl</c> for a right-to-left language, else <c>ltr</c>, for the <c>dir</c> attribute.</summary>
    public static string Direction => CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft ? "rtl" : "ltr";

    /// <summary>The cookie value <see cref="CookieRequestCultureProvider"/> reads for <paramref name="culture"/>.</summary>
    public static string CookieValue(string culture) => CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture));

    /// <summary>Options for <c>UseRequestLocalization</c>: invariant formatting, the UI culture from the providers.</summary>
    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, new CultureInfo(English)),
            SupportedCultures = [CultureInfo.InvariantCulture],
            SupportedUICultures = [.. Names.Select(n => new CultureInfo(n))],
        };
        options.RequestCultureProviders =
        [
            new CustomRequestCultureProvider(context => Task.FromResult(FromUser(context.User))),
            new CookieRequestCultureProvider { CookieName = CookieName },
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
        return options;
    }

    private static ProviderCultureResult? FromUser(ClaimsPrincipal user) =>
        user.FindFirst(ClaimType)?.Value is { } culture && IsSupported(culture) ? new ProviderCultureResult(culture) : null;
}

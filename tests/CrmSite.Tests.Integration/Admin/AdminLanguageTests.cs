using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using CrmSite.Content.Localization;
using CrmSite.Content.Store;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.Admin;

/// <summary>
/// The admin in English and Urdu: the sign-in page follows the browser's language and the language cookie, a
/// signed-in user's choice is kept with their account and follows them to another browser, Urdu pages are right to
/// left with no admin text left in English, errors beside fields are translated, and the APIs stay English.
/// </summary>
public abstract partial class AdminLanguageTests(SiteFixture<ClockSite> fixture)
{
    private ClockSite Site => fixture.Site;

    [SkippableFact]
    public async Task SignInPage_FollowsTheBrowsersLanguage_ThenTheLanguageCookie()
    {
        using var browser = SignInPages.Browser(Site);
        var english = await browser.GetStringAsync("/admin/login");
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", english, StringComparison.Ordinal);
        Assert.Contains(">Sign in</button>", english, StringComparison.Ordinal);

        using (var request = new HttpRequestMessage(HttpMethod.Get, "/admin/login"))
        {
            request.Headers.AcceptLanguage.ParseAdd("ur-PK,ur;q=0.9,en;q=0.5");
            using var urdu = await browser.SendAsync(request);
            var html = await urdu.Content.ReadAsStringAsync();
            Assert.Contains("<html lang=\"ur\" dir=\"rtl\">", html, StringComparison.Ordinal);
            Assert.Contains(">سائن اِن</button>", html, StringComparison.Ordinal);
        }

        using var chosen = await ChooseAsync(browser, "ur", "/admin/login");
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal("/admin/login", chosen.Headers.Location?.OriginalString);
        Assert.Contains(chosen.Headers.GetValues("Set-Cookie"), c => c.StartsWith(AdminCulture.CookieName + "=", StringComparison.Ordinal)
            && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("<html lang=\"ur\" dir=\"rtl\">", await browser.GetStringAsync("/admin/login"), StringComparison.Ordinal);

        // The one message for every failed sign-in, in Urdu.
        using var failed = await SignInPages.SignInAsync(browser, "nobody-" + Guid.NewGuid().ToString("N")[..6], "wrong");
        Assert.Contains("صارف نام یا پاس ورڈ غلط ہے۔", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // What is wrong with a new password, in Urdu, from Identity's password rules and the site's settings.
        var user = await SignInPages.CreateUserAsync(Site, "Author");
        using var weak = await SignInPages.ChangePasswordAsync(browser, "/admin/change-password", user, SignInPages.Password, "short");
        var problems = await weak.Content.ReadAsStringAsync();
        Assert.Contains("نیا پاس ورڈ 6 حروف سے چھوٹا ہے۔", problems, StringComparison.Ordinal);
        Assert.Contains("نئے پاس ورڈ میں ایک ہندسہ (0-9) ہونا چاہیے۔", problems, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AUsersLanguage_IsKeptWithTheirAccount_AndFollowsThemToAnotherBrowser()
    {
        var (user, _) = await CookieUsers.CreateAsync(Site, ["Administrator"], []);
        using (var first = await SignInPages.SignedInAsync(Site, user))
        {
            Assert.Contains("<html lang=\"en\" dir=\"ltr\">", await first.GetStringAsync("/admin/users"), StringComparison.Ordinal);
            using var chosen = await ChooseAsync(first, "ur", "/admin/users");
            Assert.Equal("/admin/users", chosen.Headers.Location?.OriginalString);
            var users = await first.GetStringAsync("/admin/users");
            Assert.Contains("<html lang=\"ur\" dir=\"rtl\">", users, StringComparison.Ordinal);
            Assert.Contains("<h1>صارفین</h1>", users, StringComparison.Ordinal);
        }
        Assert.Equal("ur", await StoredCultureAsync(user));

        // Another browser, no language cookie, an English Accept-Language: the account's choice wins once signed in.
        using var second = await SignInPages.SignedInAsync(Site, user);
        using (var request = new HttpRequestMessage(HttpMethod.Get, "/admin/content"))
        {
            request.Headers.AcceptLanguage.ParseAdd("en-GB");
            using var content = await second.SendAsync(request);
            Assert.Contains("<html lang=\"ur\" dir=\"rtl\">", await content.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var back = await ChooseAsync(second, "en", "/admin/content");
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal("en", await StoredCultureAsync(user));
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", await second.GetStringAsync("/admin/content"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ALanguageNotOffered_Is422_AndTheReturnAddressMustBeLocal()
    {
        using var browser = SignInPages.Browser(Site);
        using var bad = await ChooseAsync(browser, "fr", "/admin/login");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("Choose English or Urdu.", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var away = await ChooseAsync(browser, "ur", "https://attacker.example/admin");
        Assert.Equal("/admin", away.Headers.Location?.OriginalString);

        using var noToken = await browser.PostAsync("/admin/culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "ur" }));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
    }

    [SkippableFact]
    public async Task UrduPages_LeaveNoAdminTextInEnglish()
    {
        var (user, _) = await CookieUsers.CreateAsync(Site, ["Administrator"], []);
        using var admin = await SignInPages.SignedInAsync(Site, user);
        (await ChooseAsync(admin, "ur", "/admin")).Dispose();
        string[] pages =
        [
            "/admin", "/admin/users", "/admin/roles", "/admin/roles/Editor", "/admin/api-clients", "/admin/api-clients/new",
            "/admin/audit", "/admin/content", "/admin/content/FactSheet", "/admin/definitions", "/admin/definitions/types/FactSheet",
            "/admin/definitions/parts/FactSheet/fields/new", "/admin/search/indexes", "/admin/culture", "/admin/media",
            "/admin/content/FactSheet/create", "/admin/content/FactSheet/factsheeteducation",
            "/admin/content/FactSheet/factsheeteducation/versions", "/admin/content/FactSheet/factsheeteducation/preview",
            "/admin/workflows", "/admin/approvals",
            .. await Workflows.Admin.WorkflowAdminSites.PagesOfAFaultedInstanceAsync(Site),
        ];
        var english = new List<string>();
        foreach (var path in pages)
        {
            using var response = await admin.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            Assert.Contains("<html lang=\"ur\" dir=\"rtl\">", html, StringComparison.Ordinal);
            var document = new HtmlParser().ParseDocument(html);
            // The admin's own words: buttons, links of the menus, column heads, captions, headings, hints. Content
            // (titles, field names of the definitions, user and role names) stays as it was written.
            // Names taken from content are isolated in <bdi>, and the switch names English in English (lang="en").
            foreach (var element in document.QuerySelectorAll("button, nav a, thead th, caption, h1, h2, legend, .hint, .notice, title"))
            {
                if (element.Closest("[lang=en]") is not null)
                {
                    continue;
                }
                var own = element.Clone() as AngleSharp.Dom.IElement;
                foreach (var isolated in own!.QuerySelectorAll("bdi, code").ToList())
                {
                    isolated.Remove();
                }
                var text = Regex.Replace(own.TextContent, @"\s+", " ").Trim();
                if (EnglishWords().IsMatch(text) && !UrduLetter().IsMatch(text))
                {
                    english.Add($"{path} <{element.LocalName}>: {text}");
                }
            }
        }
        Assert.True(english.Count == 0, "Admin text left in English:\n" + string.Join('\n', english));
    }

    [SkippableFact]
    public async Task ErrorsBesideFields_AreInTheUsersLanguage_WhileTheApisStayEnglish()
    {
        var (user, id) = await CookieUsers.CreateAsync(Site, ["Administrator"], []);
        using var admin = await SignInPages.SignedInAsync(Site, user);
        (await ChooseAsync(admin, "ur", "/admin")).Dispose();
        var html = await admin.GetStringAsync("/admin/users/" + id);
        using var self = await admin.PostAsync("/admin/users/" + id, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = SignInPages.Field(html, "__RequestVerificationToken"),
            ["concurrencyStamp"] = SignInPages.Field(html, "concurrencyStamp"),
            ["roles"] = "Administrator",
        }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, self.StatusCode);
        Assert.Contains("آپ اپنا اکاؤنٹ غیر فعال نہیں کر سکتے۔", await self.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The editor: a number it cannot read and a missing title, each beside its field in Urdu.
        var form = await EditorForm.LoadAsync(admin, "/admin/content/FactSheet/create");
        form["FactSheet.Year"] = "twenty";
        form["TitlePart.Title"] = "";
        using var editor = await form.SubmitAsync(admin);
        var editorHtml = WebUtility.HtmlDecode(await editor.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, editor.StatusCode);
        Assert.Contains("عدد ہونا چاہیے، جیسے 2024 یا 12.5۔", editorHtml, StringComparison.Ordinal);
        Assert.Contains("<h2>آئٹم محفوظ نہیں ہوا</h2>", editorHtml, StringComparison.Ordinal);

        using var filter = await admin.GetAsync("/admin/audit?from=yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, filter.StatusCode);
        Assert.Contains("'yesterday' تاریخ نہیں ہے؛ YYYY-MM-DD لکھیں۔", WebUtility.HtmlDecode(await filter.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // The REST API answers developers in English, whatever their browser's language.
        using var api = await Site.CreateApiClientAsync("Administrator");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/content")
        {
            Content = new StringContent("""{"ContentType":"FactSheet","TitlePart":{"Title":""}}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.AcceptLanguage.ParseAdd("ur");
        using var refused = await api.SendAsync(request);
        var problem = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("is required", problem, StringComparison.Ordinal);
        Assert.DoesNotMatch(UrduLetter(), problem);
    }

    private static async Task<HttpResponseMessage> ChooseAsync(HttpClient browser, string culture, string returnUrl)
    {
        var token = SignInPages.Field(await browser.GetStringAsync("/admin/culture"), "__RequestVerificationToken");
        return await browser.PostAsync("/admin/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["culture"] = culture,
            ["returnUrl"] = returnUrl,
        }));
    }

    private async Task<string?> StoredCultureAsync(string userName)
    {
        using var scope = Site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>();
        var claims = await users.GetClaimsAsync((await users.FindByNameAsync(userName))!);
        return Assert.Single(claims, c => c.Type == AdminCulture.ClaimType).Value;
    }

    /// <summary>Two English words in a row, or one capitalised word on its own: text a translator has not reached.</summary>
    [GeneratedRegex(@"\b[A-Za-z][a-z]+ [a-z]+\b|^[A-Z][a-z]+[.:]?$")]
    private static partial Regex EnglishWords();

    [GeneratedRegex(@"[\u0600-\u06FF]")]
    private static partial Regex UrduLetter();
}

public sealed class AdminLanguageSqliteTests(ClockSqliteSite fixture) : AdminLanguageTests(fixture), IClassFixture<ClockSqliteSite>;

public sealed class AdminLanguagePostgresTests(ClockPostgresSite fixture) : AdminLanguageTests(fixture), IClassFixture<ClockPostgresSite>;

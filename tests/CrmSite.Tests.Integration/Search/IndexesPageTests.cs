using System.Net;
using System.Text.RegularExpressions;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.Search;

/// <summary>The admin page <c>/admin/search/indexes</c>: who may see it, and Rebuild with and without its form token.</summary>
public sealed partial class IndexesPageTests(SqliteSite fixture) : IClassFixture<SqliteSite>
{
    private const string Path = "/admin/search/indexes";

    private SiteFactory Site => fixture.Site;

    [Fact]
    public async Task IndexesPage_SendsToTheSignInPage_WhenAnonymous()
    {
        using var client = Site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(Path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/login?ReturnUrl=" + Uri.EscapeDataString(Path), response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task IndexesPage_Answers403_WhenTheUserMayNotManageIndexes()
    {
        using var author = await CookieUsers.SignInAsync(Site, "Author");

        using var response = await author.GetAsync(Path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task IndexesPage_ListsTheIndexes_WhenTheUserMayManageThem()
    {
        using var editor = await CookieUsers.SignInAsync(Site, "Editor");

        using var response = await editor.GetAsync(Path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<th scope=\"row\">search</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">latest</th>", html, StringComparison.Ordinal);
        Assert.Contains("bilingualanalyzer", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rebuild_Answers400_WhenTheFormTokenIsMissing()
    {
        using var editor = await CookieUsers.SignInAsync(Site, "Editor");
        var before = Generation(await editor.GetStringAsync(Path), "latest");

        using var response = await editor.PostAsync(Path + "?handler=Rebuild", new FormUrlEncodedContent([KeyValuePair.Create("name", "latest")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, Generation(await editor.GetStringAsync(Path), "latest"));
    }

    [Fact]
    public async Task Rebuild_RaisesTheGenerationAndSaysSo_WhenTheFormIsPosted()
    {
        using var editor = await CookieUsers.SignInAsync(Site, "Editor");
        var page = await editor.GetStringAsync(Path);
        var before = Generation(page, "search");

        using var response = await editor.PostAsync(Path + "?handler=Rebuild", new FormUrlEncodedContent(
        [
            KeyValuePair.Create("name", "search"),
            KeyValuePair.Create("__RequestVerificationToken", FormToken().Match(page).Groups[1].Value),
        ]));
        var after = await editor.GetStringAsync(Path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before + 1, Generation(after, "search"));
        Assert.Contains("A rebuild of “search” was requested", after, StringComparison.Ordinal);
    }

    /// <summary>The generation asked for in the row of <paramref name="index"/>.</summary>
    private static long Generation(string html, string index)
    {
        var match = Regex.Match(html, $"<th scope=\"row\">{index}</th>.*?data-generation=\"(\\d+)\"", RegexOptions.Singleline);
        Assert.True(match.Success, $"no generation for {index}");
        return long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();
}

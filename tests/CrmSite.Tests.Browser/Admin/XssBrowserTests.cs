using System.Text.Json.Nodes;
using CrmSite.Tests.Browser.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CrmSite.Tests.Browser.Admin;

/// <summary>
/// Script saved in content never runs: an item of every stored type is saved (through the API, as an editor's
/// browser would) with payloads in every title, text, Markdown, HTML and link field the validators accept, then
/// every admin page that shows it (lists, editor, preview, history with its diff, audit trail) and the public search
/// page are opened in Chromium with <c>alert</c>, dialogs, page errors and the console watched. On admin pages
/// the CSP would block an injected script, so a CSP report in the console counts as a failure too: it means markup
/// got through.
/// </summary>
[Collection(BrowserSiteGroup.Name)]
public sealed class XssBrowserTests(BrowserSite site, ITestOutputHelper output)
{
    private const string Marker = "xsspayload";
    private const string Text = Marker + " <script>alert('xss-script')</script><img src=x onerror=\"alert('xss-img')\">\"'><svg onload=alert('xss-svg')>";
    private const string Markdown = Marker + "\n\n<script>alert('xss-md')</script>\n\n<img src=x onerror=alert('xss-md-img')>\n\n[click](javascript:alert('xss-md-link'))";
    private const string Html = Marker + "<p onclick=\"alert('xss-html')\">x</p><script>alert('xss-html-script')</script><a href=\"javascript:alert('xss-html-link')\">a</a>";
    private const string Url = "https://example.org/?q=\"><script>alert('xss-url')</script>";

    private static readonly string[] Types =
    [
        "FactSheet", "Indicator", "IndicatorValue", "LegalMilestone", "Publication", "Taxonomy", "Chapter", "Organization",
        "MembershipCount", "Secretariat", "SecretariatTerm", "TermsOfReference", "Forum", "ForumTopic", "ForumReply", "Page",
    ];

    [SkippableFact]
    public async Task PayloadsInEveryField_NeverRun_OnAnyAdminOrPublicPage()
    {
        await site.BrowserAsync();
        var context = await site.SignedInContextAsync();
        var api = context.APIRequest;
        var token = await (await api.GetAsync(Address("/api/account/antiforgery"))).JsonAsync();
        var headers = new Dictionary<string, string> { [token!.Value.GetProperty("headerName").GetString()!] = token.Value.GetProperty("token").GetString()! };

        var saved = new List<(string Type, string Id, List<string> Fields)>();
        foreach (var type in Types)
        {
            // The seeded forums are closed: the new topic goes into the new (open) forum, the reply under the new topic.
            var container = type switch
            {
                "ForumTopic" => saved.Find(s => s.Type == "Forum").Id,
                "ForumReply" => saved.Find(s => s.Type == "ForumTopic").Id,
                _ => null,
            };
            if (await SaveWithPayloadsAsync(api, headers, type, container) is { } item)
            {
                saved.Add((type, item.Id, item.Fields));
            }
        }
        var poisoned = saved.SelectMany(s => s.Fields.Select(f => $"{s.Type}.{f}")).ToList();
        Assert.True(saved.Count >= 14, $"only {saved.Count} types took payloads: {string.Join(", ", saved.Select(s => s.Type))}");
        Assert.True(poisoned.Count >= 40, $"only {poisoned.Count} fields hold payloads: {string.Join(", ", poisoned)}");
        await WaitForSearchAsync(api);

        var paths = new List<string> { "/admin/content", "/admin/audit", "/admin/audit?event=Created", "/search?q=" + Marker, "/search?q=" + Marker + "&lang=ur",
            "/search?q=" + Uri.EscapeDataString("<script>alert('xss-query')</script>") };
        foreach (var (type, id, _) in saved)
        {
            paths.Add($"/admin/content/{type}?q={Marker}");
            paths.Add($"/admin/content/{type}/{id}");
            paths.Add($"/admin/content/{type}/{id}/preview");
            paths.Add($"/admin/content/{type}/{id}/versions");
        }
        var ran = new List<string>();
        await context.AddInitScriptAsync("window.__xss = []; window.alert = window.confirm = window.prompt = m => window.__xss.push(String(m));");
        var page = await context.NewPageAsync();
        page.Dialog += async (_, dialog) => { ran.Add($"{page.Url}: dialog {dialog.Message}"); await dialog.DismissAsync(); };
        page.PageError += (_, error) => ran.Add($"{page.Url}: page error {error}");
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("xss", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                ran.Add($"{page.Url}: console {message.Text}");
            }
        };
        foreach (var path in paths)
        {
            var response = await page.GotoAsync(Address(path), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            Assert.True(response?.Status == 200, $"{path}: {response?.Status}");
            ran.AddRange((await page.EvaluateAsync<string[]>("() => window.__xss")).Select(m => $"{path}: alert {m}"));
        }
        // The editor's own preview of unsaved Markdown, through its button.
        var factSheet = saved.First(s => s.Type == "FactSheet");
        await page.GotoAsync(Address($"/admin/content/FactSheet/{factSheet.Id}"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).First.ClickAsync();
        await page.Locator("section.preview").First.WaitForAsync();
        ran.AddRange((await page.EvaluateAsync<string[]>("() => window.__xss")).Select(m => $"editor preview: alert {m}"));

        output.WriteLine($"{poisoned.Count} fields of {saved.Count} types held payloads; {paths.Count + 1} pages opened: {string.Join(", ", poisoned)}");
        Assert.Empty(ran);
        Assert.True(paths.Count > 60, $"{paths.Count} pages");
    }

    /// <summary>
    /// Saves a new published item of <paramref name="type"/> made from a stored one with payloads in its text
    /// fields; fields whose validators refuse the payload (a choice from a list, an address) get their stored value
    /// back and the save is retried. Returns the item's id and the fields that hold payloads.
    /// </summary>
    private async Task<(string Id, List<string> Fields)?> SaveWithPayloadsAsync(IAPIRequestContext api, Dictionary<string, string> headers, string type,
        string? container)
    {
        var list = JsonNode.Parse(await (await api.GetAsync(Address($"/api/content?contentType={type}&first=1"))).TextAsync())!;
        var stored = list["items"]!.AsArray().FirstOrDefault()?.AsObject();
        if (stored is not null && type.StartsWith("Forum", StringComparison.Ordinal))
        {
            stored = stored.DeepClone().AsObject();
            if (stored[type]?["Closed"] is JsonObject closed)
            {
                closed["Value"] = false;
            }
            if (container is not null)
            {
                stored["ContainedPart"]!["ListContentItemId"] = container;
            }
        }
        return await SaveWithPayloadsAsync(api, headers, type, stored, asDraftOfStored: false) ??
            // A copy some validator refuses as a duplicate (a chapter's code): a draft of the stored item instead.
            (stored is null ? null : await SaveWithPayloadsAsync(api, headers, type, stored, asDraftOfStored: true));
    }

    private async Task<(string Id, List<string> Fields)?> SaveWithPayloadsAsync(IAPIRequestContext api, Dictionary<string, string> headers, string type,
        JsonObject? stored, bool asDraftOfStored)
    {
        var item = stored?.DeepClone().AsObject() ?? new JsonObject { ["ContentType"] = type };
        foreach (var name in new[] { "ContentItemId", "ContentItemVersionId", "Latest", "Published", "PublishedUtc", "ModifiedUtc", "CreatedUtc", "Owner", "Author", "DisplayText" })
        {
            if (!asDraftOfStored || name != "ContentItemId")
            {
                item.Remove(name);
            }
        }
        if (asDraftOfStored)
        {
            // Kept as they are: the draft is a new version of the same item.
        }
        else if (item["AutoroutePart"] is JsonObject route)
        {
            route["Path"] = $"xss/{type.ToLowerInvariant()}-{Guid.NewGuid():N}"[..30];
        }
        if (!asDraftOfStored && item["LocalizationPart"] is JsonObject localization)
        {
            localization.Remove("LocalizationSet"); // a copy is not a translation of the item it was made from
        }
        if (!asDraftOfStored && item["TaxonomyPart"] is JsonObject taxonomy)
        {
            taxonomy["Terms"] = new JsonArray();
        }
        item["TitlePart"] ??= new JsonObject();
        if (type == "Page")
        {
            item["MarkdownBodyPart"] ??= new JsonObject();
        }
        var originals = Poison(item);
        for (var attempt = 0; attempt < 6 && originals.Count > 0; attempt++)
        {
            var response = await api.PostAsync(Address(asDraftOfStored ? "/api/content?draft=true" : "/api/content"), new APIRequestContextOptions { Headers = headers, DataObject = item });
            var body = JsonNode.Parse(await response.TextAsync())!;
            if (response.Status is 200 or 201)
            {
                return (body["ContentItemId"]!.GetValue<string>(), [.. originals.Keys]);
            }
            Assert.True(response.Status == 422, $"{type}: {response.Status} {body}");
            var refused = body["errors"]!.AsObject().Select(e => e.Key).ToList();
            var reverted = originals.Keys.Where(member => refused.Any(r => r.StartsWith(member, StringComparison.OrdinalIgnoreCase) ||
                member.StartsWith(r, StringComparison.OrdinalIgnoreCase))).ToList();
            if (reverted.Count == 0)
            {
                Assert.False(asDraftOfStored, $"{type}: refused for fields without payloads: {body}");
                return null;
            }
            foreach (var member in reverted)
            {
                var (part, field) = (member.Split('.')[0], member.Split('.')[1]);
                item[part]![field] = originals[member]?.DeepClone();
                originals.Remove(member);
            }
        }
        return null;
    }

    /// <summary>Puts payloads in every title, text, Markdown, HTML and link; returns the members changed and what they held.</summary>
    private static Dictionary<string, JsonNode?> Poison(JsonObject item)
    {
        var originals = new Dictionary<string, JsonNode?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (partName, node) in item.ToList())
        {
            if (node is not JsonObject part)
            {
                continue;
            }
            foreach (var (name, value) in part.ToList())
            {
                JsonNode? replacement = (partName, name, value) switch
                {
                    ("TitlePart", "Title", _) => Text,
                    ("MarkdownBodyPart", "Markdown", _) => Markdown,
                    ("HtmlBodyPart", "Html", _) => Html,
                    (_, _, JsonObject field) when field.ContainsKey("Url") => new JsonObject { ["Url"] = Url, ["Text"] = Text },
                    (_, _, JsonObject field) when field.ContainsKey("Markdown") => new JsonObject { ["Markdown"] = Markdown },
                    (_, _, JsonObject field) when field.ContainsKey("Html") => new JsonObject { ["Html"] = Html },
                    (_, _, JsonObject field) when field.ContainsKey("Text") => new JsonObject { ["Text"] = Text },
                    _ => null,
                };
                if (replacement is not null)
                {
                    originals[$"{partName}.{name}"] = value?.DeepClone();
                    part[name] = replacement;
                }
            }
        }
        if (originals.Count == 0 || !originals.ContainsKey("TitlePart.Title"))
        {
            item["TitlePart"]!["Title"] = Text;
            originals["TitlePart.Title"] = null;
        }
        return originals;
    }

    private async Task WaitForSearchAsync(IAPIRequestContext api)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await (await api.GetAsync(Address("/api/search?q=" + Marker))).JsonAsync())?.GetProperty("total").GetInt32() is not > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the search index did not find the payloads within 20 s");
            await Task.Delay(200);
        }
    }

    private string Address(string path) => new Uri(site.Address, path).ToString();
}

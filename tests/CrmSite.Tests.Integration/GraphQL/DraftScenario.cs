using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CrmSite.Content.Definitions;
using CrmSite.Content.Security;
using CrmSite.Content.Store;
using CrmSite.GraphQL.Schema;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.GraphQL;

/// <summary>
/// Every content type of the site, read from its definitions, with a published item, a published item with a
/// newer draft and a draft-only item where the type allows them; made through the REST API as the administrator.
/// The draft-only items are chosen among items that other items show (a picked chapter, a translation, an
/// indicator's value, a chapter's secretariat), so that those surfaces have a draft to hide.
/// </summary>
public sealed class DraftScenario
{
    private DraftScenario(string marker, ContentSurfaces surfaces, ContentSnapshot before, ContentSnapshot after, IReadOnlyList<TypeCase> types,
        IReadOnlyDictionary<string, string> publishedVersions, IReadOnlyDictionary<string, string> latestVersions,
        IReadOnlyDictionary<string, List<string>> publishedByType)
    {
        Marker = marker;
        Surfaces = surfaces;
        Before = before;
        After = after;
        Types = types;
        PublishedVersions = publishedVersions;
        LatestVersions = latestVersions;
        PublishedByType = publishedByType;
    }

    /// <summary>A word written into every draft made here and nowhere else.</summary>
    public string Marker { get; }

    public ContentSurfaces Surfaces { get; }

    /// <summary>What an anonymous caller saw before any draft existed.</summary>
    public ContentSnapshot Before { get; }

    /// <summary>What an anonymous caller sees with the drafts in place.</summary>
    public ContentSnapshot After { get; }

    public IReadOnlyList<TypeCase> Types { get; }

    /// <summary>The store's published version of each item (after the changes).</summary>
    public IReadOnlyDictionary<string, string> PublishedVersions { get; }

    /// <summary>The store's latest version of each item.</summary>
    public IReadOnlyDictionary<string, string> LatestVersions { get; }

    /// <summary>The ids of the published items of each content type, in the store.</summary>
    public IReadOnlyDictionary<string, List<string>> PublishedByType { get; }

    public IReadOnlySet<string> DraftOnlyIds => Types.Select(t => t.DraftOnly).OfType<string>().ToHashSet();

    public static async Task<DraftScenario> BuildAsync(SiteFactory site)
    {
        var marker = "gqldraft" + Guid.NewGuid().ToString("N")[..8];
        using var admin = await site.CreateApiClientAsync("Administrator");
        using var anonymous = site.CreateClient();
        var (definitions, restricted) = await ReadDefinitionsAsync(site);
        var types = definitions.ContentTypes.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();

        foreach (var type in types.Where(t => t.TypeSettings.Creatable))
        {
            if ((await PublishedAsync(site, type.Name)).Count == 0)
            {
                var ids = await PublishedIdsAsync(site);
                await SaveAsync(admin, ItemTemplates.Generate(type, definitions, $"{type.Name} published {marker[^8..]}", t => ids.GetValueOrDefault(t)), draft: false);
            }
        }
        var surfaces = await ContentSurfaces.ReadAsync(anonymous);
        var before = await ContentSnapshot.TakeAsync(anonymous, surfaces);

        var cases = new List<TypeCase>();
        var chooser = new DraftOnlyChooser(before);
        foreach (var type in types)
        {
            var graphType = GraphNames.Type(type.Name);
            var listField = surfaces.ListFields.GetValueOrDefault(graphType) ?? (restricted.Contains(type.Name) ? GraphNames.Field(type.Name) : null);
            var published = await PublishedAsync(site, type.Name);
            if (!type.TypeSettings.Draftable || published.Count == 0)
            {
                cases.Add(new TypeCase(type.Name, graphType, listField, restricted.Contains(type.Name), type.TypeSettings.Draftable, null, null));
                continue;
            }
            var drafted = published[0];
            chooser.Protect(drafted.ContentItemId);
            var draftOnly = chooser.Choose(published.Skip(1).Select(p => p.ContentItemId));

            var latest = await site.WithStoreAsync(db => db.ContentItems.AsNoTracking().SingleAsync(v => v.ContentItemId == drafted.ContentItemId && v.Latest));
            var title = ContentRecords.ToItem(latest).DisplayText ?? type.Name;
            await SaveAsync(admin, ItemTemplates.Retitle(ContentRecords.ToItem(latest).Data, $"{title} {marker}"), draft: true);
            if (draftOnly is not null)
            {
                using var response = await admin.PostAsync($"/api/content/{draftOnly}/unpublish", null);
                Assert.True(response.IsSuccessStatusCode, $"unpublishing {draftOnly} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
            else if (type.TypeSettings.Creatable)
            {
                var copy = ItemTemplates.Copy(ContentRecords.ToItem(drafted).Data, $"{type.Name} draft {marker}");
                draftOnly = (await SaveAsync(admin, copy, draft: true))["ContentItemId"]!.GetValue<string>();
            }
            cases.Add(new TypeCase(type.Name, graphType, listField, restricted.Contains(type.Name), true, drafted.ContentItemId, draftOnly));
        }

        var rows = await site.WithStoreAsync(db => db.ContentItems.AsNoTracking().Where(v => v.Published || v.Latest)
            .Select(v => new { v.ContentItemId, v.ContentItemVersionId, v.ContentType, v.Published, v.Latest, v.Id }).ToListAsync());
        var after = await ContentSnapshot.TakeAsync(anonymous, surfaces);
        return new DraftScenario(marker, surfaces, before, after, cases,
            rows.Where(r => r.Published).ToDictionary(r => r.ContentItemId, r => r.ContentItemVersionId),
            rows.Where(r => r.Latest).ToDictionary(r => r.ContentItemId, r => r.ContentItemVersionId),
            rows.Where(r => r.Published).OrderBy(r => r.Id).GroupBy(r => r.ContentType).ToDictionary(g => g.Key, g => g.Select(r => r.ContentItemId).ToList()));
    }

    private static async Task<(ContentDefinitionDocument Definitions, HashSet<string> Restricted)> ReadDefinitionsAsync(SiteFactory site)
    {
        using var scope = site.Services.CreateScope();
        var definitions = await scope.ServiceProvider.GetRequiredService<ContentDefinitionManager>().GetAsync();
        var restricted = scope.ServiceProvider.GetServices<ContentTypeGuard>().Select(g => g.ContentType).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return (definitions, restricted);
    }

    private static Task<List<ContentItemRecord>> PublishedAsync(SiteFactory site, string type) =>
        site.WithStoreAsync(db => db.ContentItems.AsNoTracking().Where(v => v.ContentType == type && v.Published).OrderBy(v => v.Id).ToListAsync());

    /// <summary>A published item of each type, for pickers a generated item must fill.</summary>
    private static Task<Dictionary<string, string>> PublishedIdsAsync(SiteFactory site) =>
        site.WithStoreAsync(async db => (await db.ContentItems.AsNoTracking().Where(v => v.Published).OrderBy(v => v.Id)
            .Select(v => new { v.ContentType, v.ContentItemId }).ToListAsync())
            .GroupBy(v => v.ContentType).ToDictionary(g => g.Key, g => g.First().ContentItemId));

    private static async Task<JsonObject> SaveAsync(HttpClient admin, JsonObject item, bool draft)
    {
        using var content = new StringContent(item.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await admin.PostAsync("/api/content" + (draft ? "?draft=true" : ""), content);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.IsSuccessStatusCode, $"saving {item["ContentType"]} failed: {(int)response.StatusCode} {body}\n{item}");
        return body!;
    }

    /// <summary>
    /// Picks the draft-only item of each type among items other items show: first one seen through a kind of
    /// surface no earlier choice covers, then any that is shown at all, else the last. The items showing it are
    /// kept published, so the surface is still there to look at.
    /// </summary>
    private sealed class DraftOnlyChooser(ContentSnapshot before)
    {
        private readonly HashSet<string> _kept = [];
        private readonly HashSet<string> _chosen = [];
        private readonly HashSet<string> _covered = [];

        public void Protect(string id) => _kept.Add(id);

        public string? Choose(IEnumerable<string> candidates)
        {
            var open = candidates.Where(id => !_kept.Contains(id)).Reverse().ToList();
            var shown = open.Select(id => (Id: id, Through: before.Nested
                    .Where(n => n.Item.Id == id && n.ParentId != id && !_chosen.Contains(n.ParentId)).ToList()))
                .ToList();
            var choice = shown.FirstOrDefault(s => s.Through.Any(n => !_covered.Contains(n.Kind)));
            if (choice.Id is null)
            {
                choice = shown.FirstOrDefault(s => s.Through.Count > 0);
            }
            if (choice.Id is null)
            {
                choice = shown.FirstOrDefault();
            }
            if (choice.Id is null)
            {
                return null;
            }
            _chosen.Add(choice.Id);
            foreach (var through in choice.Through)
            {
                _kept.Add(through.ParentId);
                _covered.Add(through.Kind);
            }
            return choice.Id;
        }
    }
}

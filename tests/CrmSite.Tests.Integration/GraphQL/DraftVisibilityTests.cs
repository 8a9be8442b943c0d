using System.Net;
using CrmSite.Tests.Integration.Infrastructure;
using Xunit.Abstractions;

namespace CrmSite.Tests.Integration.GraphQL;

/// <summary>
/// For every content type of the site (read from its definitions, so a new type is covered without a change
/// here), anonymous callers get published versions and never a draft: through the list fields, the connections,
/// <c>contentItem</c>, and every field by which one item shows others. Restricted types show nothing without their
/// permission; draft statuses need PreviewContent.
/// </summary>
public abstract class DraftVisibilityTests(DraftSite fixture, ITestOutputHelper output)
{
    // The surfaces items show each other through that must hide drafts (pickers, translations, lists, secretariats).
    private static readonly string[] ReferenceSurfaces =
        ["ContentPickerField.contentItems", "LocalizationPart.localizations", "ListPart.contentItems", "Chapter.secretariat"];

    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task Lists_ReturnPublishedVersionsOnly_ForEveryContentType()
    {
        var scenario = await fixture.ScenarioAsync();

        foreach (var type in scenario.Types)
        {
            Assert.True(type.ListField is not null, $"{type.Type} has no list field");
            var seen = scenario.After.Lists.GetValueOrDefault(type.GraphType) ?? [];
            AssertPublishedOnly(scenario, type, seen, "list");
        }
        Assert.Contains(scenario.Types, t => t.Drafted is not null && t.DraftOnly is not null && !t.Restricted);
        Assert.DoesNotContain(scenario.Marker, scenario.After.Text.ToString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Connections_ReturnPublishedVersionsOnly_ForEveryContentType()
    {
        var scenario = await fixture.ScenarioAsync();
        using var anonymous = Site.CreateClient();

        foreach (var type in scenario.Types)
        {
            var answer = await GraphQLCalls.PostAsync(anonymous,
                $"{{ c: {type.ListField}Connection(first: 1000) {{ totalCount nodes {{ ...Item }} edges {{ cursor node {{ ...Item }} }} }} }} {ContentSurfaces.ItemFragment}");
            var connection = answer.Data()["c"]!;
            var nodes = connection["nodes"]!.AsArray().Select(n => SeenItem.From(n!)).ToList();
            var edges = connection["edges"]!.AsArray().Select(e => SeenItem.From(e!["node"]!)).ToList();

            AssertPublishedOnly(scenario, type, nodes, "connection nodes");
            Assert.Equal(nodes, edges);
            Assert.Equal(nodes.Count, connection["totalCount"]!.GetValue<int>());
            Assert.DoesNotContain(scenario.Marker, answer.Text, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task ContentItem_ReturnsThePublishedVersionOrNothing_ForEveryContentType()
    {
        var scenario = await fixture.ScenarioAsync();
        using var anonymous = Site.CreateClient();

        foreach (var type in scenario.Types)
        {
            var ids = new[] { type.Drafted, type.DraftOnly }.Concat(scenario.PublishedByType.GetValueOrDefault(type.Type) ?? []).OfType<string>().Distinct().ToList();
            if (ids.Count == 0)
            {
                continue;
            }
            var query = "{ " + string.Join(' ', ids.Select((id, i) => $"i{i}: contentItem(contentItemId: \"{id}\") {{ ...Item }}")) + " } " + ContentSurfaces.ItemFragment;
            var answer = await GraphQLCalls.PostAsync(anonymous, query);
            var data = answer.Data();

            for (var i = 0; i < ids.Count; i++)
            {
                var item = data[$"i{i}"];
                if (type.Restricted || ids[i] == type.DraftOnly)
                {
                    Assert.True(item is null, $"{type.Type} {ids[i]}: expected nothing, got {item?.ToJsonString()}");
                    continue;
                }
                Assert.True(item is not null, $"{type.Type} {ids[i]}: its published version is missing");
                Assert.Equal(scenario.PublishedVersions[ids[i]], SeenItem.From(item).VersionId);
            }
            Assert.DoesNotContain(scenario.Marker, answer.Text, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task ReferencedItems_ArePublishedVersions_ThroughPickersTranslationsListsAndSecretariats()
    {
        var scenario = await fixture.ScenarioAsync();
        var draftOnly = scenario.DraftOnlyIds;

        var hidden = scenario.Before.Nested
            .Where(n => draftOnly.Contains(n.Item.Id) && scenario.PublishedVersions.ContainsKey(n.ParentId))
            .ToList();
        var drafted = scenario.Types.Select(t => t.Drafted).OfType<string>().ToHashSet();

        foreach (var nested in scenario.After.Nested)
        {
            Assert.False(draftOnly.Contains(nested.Item.Id), $"{nested.Kind} of {nested.ParentId} shows the draft-only item {nested.Item.Id}");
            Assert.True(nested.Item.Published, $"{nested.Kind} of {nested.ParentId} shows an unpublished version of {nested.Item.Id}");
            // Taxonomy terms are not items of their own: they carry the version of the taxonomy they were read from.
            var published = scenario.PublishedVersions.TryGetValue(nested.Item.Id, out var version)
                ? version == nested.Item.VersionId
                : !scenario.LatestVersions.ContainsKey(nested.Item.Id) && scenario.PublishedVersions.Values.Contains(nested.Item.VersionId);
            Assert.True(published, $"{nested.Kind} of {nested.ParentId} shows version {nested.Item.VersionId} of {nested.Item.Id}, not its published one");
        }
        foreach (var type in scenario.Types)
        {
            output.WriteLine($"{type.Type}: published {scenario.PublishedByType.GetValueOrDefault(type.Type)?.Count ?? 0}, newer draft {type.Drafted ?? "-"}, draft only {type.DraftOnly ?? "-"}{(type.Restricted ? ", restricted" : "")}");
        }
        output.WriteLine("Drafts hidden from: " + string.Join("; ", hidden.Select(h => $"{h.Kind} of {h.ParentId}: {h.Item.Id}")));
        foreach (var surface in ReferenceSurfaces)
        {
            Assert.True(hidden.Any(h => h.Kind == surface), $"no draft-only item was shown through {surface} before it became a draft: the check proves nothing");
        }
        foreach (var gone in hidden)
        {
            Assert.DoesNotContain(scenario.After.Nested, n => n.Kind == gone.Kind && n.ParentId == gone.ParentId && n.Item.Id == gone.Item.Id);
        }
        Assert.Contains(scenario.After.Nested, n => drafted.Contains(n.Item.Id));
        Assert.DoesNotContain(scenario.Marker, scenario.After.Text.ToString(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("DRAFT")]
    [InlineData("LATEST")]
    [InlineData("ALL")]
    public async Task DraftStatuses_AreDeniedWith401_WhenAnonymous(string status)
    {
        var scenario = await fixture.ScenarioAsync();
        using var anonymous = Site.CreateClient();
        var types = scenario.Types.Where(t => t.ListField is not null).ToList();

        var lists = await GraphQLCalls.PostAsync(anonymous,
            "{ " + string.Join(' ', types.Select((t, i) => $"t{i}: {t.ListField}(status: {status}) {{ contentItemId displayText }}")) + " }");
        var connections = await GraphQLCalls.GetAsync(anonymous,
            "{ " + string.Join(' ', types.Select((t, i) => $"t{i}: {t.ListField}Connection(status: {status}) {{ totalCount nodes {{ contentItemId }} }}")) + " }");

        foreach (var answer in new[] { lists, connections })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
            Assert.Equal(types.Count, answer.Codes.Count(c => c == "ACCESS_DENIED"));
            Assert.All(answer.Messages, m => Assert.Contains("PreviewContent", m, StringComparison.Ordinal));
            Assert.DoesNotContain(scenario.Marker, answer.Text, StringComparison.Ordinal);
            Assert.All(scenario.DraftOnlyIds, id => Assert.DoesNotContain(id, answer.Text, StringComparison.Ordinal));
            Assert.Equal("no-store", answer.Headers.GetValueOrDefault("Cache-Control"));
        }
    }

    [SkippableFact]
    public async Task DraftStatuses_AreDeniedWith403_WhenSignedInWithoutPreviewContent()
    {
        var scenario = await fixture.ScenarioAsync();
        using var member = await CookieUsers.SignInAsync(Site);
        using var contributor = await CookieUsers.SignInAsync(Site, "Contributor");
        var type = scenario.Types.First(t => t.DraftOnly is not null && !t.Restricted);
        var query = $"{{ {type.ListField}(status: LATEST) {{ contentItemId displayText }} }}";

        var denied = await GraphQLCalls.PostAsync(member, query);
        var ownOnly = await GraphQLCalls.PostAsync(contributor, query);

        Assert.Equal(HttpStatusCode.Forbidden, denied.Status);
        Assert.Equal(["ACCESS_DENIED"], denied.Codes);
        // A contributor may preview what they own, and owns none of these items.
        Assert.Empty(ownOnly.Data()[type.ListField!]!.AsArray());
        foreach (var answer in new[] { denied, ownOnly })
        {
            Assert.DoesNotContain(type.DraftOnly!, answer.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(scenario.Marker, answer.Text, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task DraftStatuses_ReturnDrafts_WhenCallerHoldsPreviewContent()
    {
        var scenario = await fixture.ScenarioAsync();
        using var editor = await Site.CreateApiClientAsync("Editor");

        foreach (var type in scenario.Types.Where(t => t.Drafted is not null && !t.Restricted))
        {
            var data = await GraphQLCalls.DataAsync(editor, $$"""
                {
                  draft: {{type.ListField}}(status: DRAFT, first: 1000) { ...Item }
                  latest: {{type.ListField}}(status: LATEST, first: 1000) { ...Item }
                  all: {{type.ListField}}(status: ALL, first: 1000) { ...Item }
                  published: {{type.ListField}}(first: 1000) { ...Item }
                }
                {{ContentSurfaces.ItemFragment}}
                """);
            var versions = new Dictionary<string, HashSet<string>>();
            foreach (var status in new[] { "draft", "latest", "all", "published" })
            {
                versions[status] = data[status]!.AsArray().Select(i => SeenItem.From(i!).VersionId).ToHashSet();
            }
            var newerDraft = scenario.LatestVersions[type.Drafted!];
            var published = scenario.PublishedVersions[type.Drafted!];

            Assert.True(versions["draft"].Contains(newerDraft) && !versions["draft"].Contains(published), $"{type.Type}: DRAFT");
            Assert.True(versions["latest"].Contains(newerDraft) && !versions["latest"].Contains(published), $"{type.Type}: LATEST");
            Assert.True(versions["all"].Contains(newerDraft) && versions["all"].Contains(published), $"{type.Type}: ALL");
            Assert.True(versions["published"].Contains(published) && !versions["published"].Contains(newerDraft), $"{type.Type}: PUBLISHED");
            if (type.DraftOnly is { } draftOnly)
            {
                var draftVersion = scenario.LatestVersions[draftOnly];
                Assert.True(versions["draft"].Contains(draftVersion) && versions["latest"].Contains(draftVersion), $"{type.Type}: the draft-only item");
                Assert.DoesNotContain(draftVersion, versions["published"]);
            }
        }
    }

    [SkippableFact]
    public async Task RestrictedTypes_ShowNothing_UnlessCallerHoldsTheirPermission()
    {
        var scenario = await fixture.ScenarioAsync();
        using var anonymous = Site.CreateClient();
        using var editor = await Site.CreateApiClientAsync("Editor");
        using var admin = await Site.CreateApiClientAsync("Administrator");
        var restricted = scenario.Types.Where(t => t.Restricted).ToList();

        Assert.NotEmpty(restricted);
        foreach (var type in restricted)
        {
            var query = $"{{ list: {type.ListField}(first: 1000) {{ contentItemId }} count: {type.ListField}Connection {{ totalCount }} }}";
            var anonymousData = await GraphQLCalls.DataAsync(anonymous, query);
            var editorData = await GraphQLCalls.DataAsync(editor, query);
            var editorDrafts = await GraphQLCalls.PostAsync(editor, $"{{ {type.ListField}(status: DRAFT) {{ contentItemId }} }}");
            var adminData = await GraphQLCalls.DataAsync(admin, query);
            var adminDrafts = await GraphQLCalls.DataAsync(admin, $"{{ {type.ListField}(status: DRAFT) {{ contentItemId }} }}");

            Assert.Empty(anonymousData["list"]!.AsArray());
            Assert.Equal(0, anonymousData["count"]!["totalCount"]!.GetValue<int>());
            Assert.Empty(editorData["list"]!.AsArray());
            Assert.Equal(HttpStatusCode.Forbidden, editorDrafts.Status);
            Assert.Contains("ACCESS_DENIED", editorDrafts.Codes);
            var visible = adminData["list"]!.AsArray().Select(i => i!["contentItemId"]!.GetValue<string>()).ToList();
            Assert.Equal(scenario.PublishedByType[type.Type], visible);
            Assert.Contains(type.DraftOnly, adminDrafts[type.ListField!]!.AsArray().Select(i => i!["contentItemId"]!.GetValue<string>()));
        }
    }

    private static void AssertPublishedOnly(DraftScenario scenario, TypeCase type, List<SeenItem> seen, string where)
    {
        if (type.Restricted)
        {
            Assert.True(seen.Count == 0, $"{type.Type} is restricted, yet its {where} shows {seen.Count} items to an anonymous caller");
            return;
        }
        var expected = scenario.PublishedByType.GetValueOrDefault(type.Type) ?? [];
        Assert.True(expected.SequenceEqual(seen.Select(s => s.Id)),
            $"{type.Type} {where}: expected the published items {string.Join(", ", expected)}, got {string.Join(", ", seen.Select(s => s.Id))}");
        foreach (var item in seen)
        {
            Assert.True(item.Published && scenario.PublishedVersions[item.Id] == item.VersionId,
                $"{type.Type} {where}: {item.Id} is shown in version {item.VersionId}, not its published version");
        }
        if (type.DraftOnly is { } draftOnly)
        {
            Assert.DoesNotContain(seen, s => s.Id == draftOnly);
        }
        if (type.Drafted is { } drafted)
        {
            Assert.Contains(seen, s => s.Id == drafted && s.VersionId == scenario.PublishedVersions[drafted] && !s.Latest);
        }
    }
}

public sealed class DraftVisibilitySqliteTests(DraftSqliteSite fixture, ITestOutputHelper output)
    : DraftVisibilityTests(fixture, output), IClassFixture<DraftSqliteSite>;

public sealed class DraftVisibilityPostgresTests(DraftPostgresSite fixture, ITestOutputHelper output)
    : DraftVisibilityTests(fixture, output), IClassFixture<DraftPostgresSite>;

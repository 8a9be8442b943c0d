using System.Text.Json.Nodes;
using CrmSite.Admin.Contents;
using CrmSite.Content.Api;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Content.Security;
using CrmSite.Content.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Admin.Editing;

/// <summary>
/// What pickers offer: the published items of the types a picker allows (published, so a picker shows nobody a
/// draft they could not preview; types the caller may not view, such as Member without ViewMembers, offer
/// nothing), by title, and a taxonomy's terms. Items already picked are offered too, whatever their state.
/// </summary>
public sealed class EditorChoices(CrmSiteDbContext db, ContentManager content, ContentAuthorization authorization)
{
    /// <summary>A picker lists at most this many items; past it, the list says so and its search narrows it.</summary>
    public const int MaxItems = 500;

    public Task<IReadOnlyList<EditorChoice>> ItemsAsync(IReadOnlyCollection<string> contentTypes, CancellationToken cancellationToken) =>
        ItemsAsync(contentTypes, search: null, cancellationToken);

    /// <summary>
    /// <paramref name="field"/> offering the published items whose title contains <paramref name="search"/> (all of
    /// them when it is empty), and the items in <paramref name="picked"/>, so narrowing the list never drops a choice.
    /// </summary>
    public async Task<EditorField> SearchAsync(EditorField field, string? search, IReadOnlyCollection<string> picked, CancellationToken cancellationToken)
    {
        var text = string.IsNullOrWhiteSpace(search) ? null : search.Trim();
        var offered = await ItemsAsync(field.PickerTypes, text, cancellationToken);
        var missing = picked.Where(id => id.Length > 0 && offered.All(c => c.Value != id)).Distinct(StringComparer.Ordinal).ToList();
        return field with { Search = text, Choices = missing.Count == 0 ? offered : [.. offered, .. await TitlesAsync(missing, cancellationToken)] };
    }

    /// <summary><paramref name="fields"/> with each content picker narrowed by the text posted in its search input.</summary>
    public async Task<IReadOnlyList<EditorField>> SearchAsync(IReadOnlyList<EditorField> fields, EditorValues posted, CancellationToken cancellationToken)
    {
        var searched = new List<EditorField>(fields.Count);
        foreach (var field in fields)
        {
            searched.Add(field.Kind == EditorKind.Picker && field.PickerTypes.Count > 0
                ? await SearchAsync(field, posted[field.SearchKey], posted.All(field.Key), cancellationToken)
                : field);
        }
        return searched;
    }

    private async Task<IReadOnlyList<EditorChoice>> ItemsAsync(IReadOnlyCollection<string> contentTypes, string? search, CancellationToken cancellationToken)
    {
        var visible = new List<string>();
        foreach (var type in contentTypes)
        {
            if (await authorization.CanAsync(ContentPermissions.ViewContent, new ContentItem(type)))
            {
                visible.Add(type);
            }
        }
        var published = db.ContentItems.AsNoTracking().Where(v => v.Published && visible.Contains(v.ContentType));
        if (search is not null)
        {
            published = published.TitleContains(search);
        }
        var rows = await published
            .OrderBy(v => v.DisplayText).ThenBy(v => v.Id).Take(MaxItems)
            .Select(v => new { v.ContentItemId, v.DisplayText, v.ContentType }).ToListAsync(cancellationToken);
        var manyTypes = visible.Count > 1;
        return rows.ConvertAll(r => new EditorChoice(r.ContentItemId,
            (r.DisplayText ?? r.ContentItemId) + (manyTypes ? $" ({r.ContentType})" : "")));
    }

    /// <summary>The titles of <paramref name="ids"/> as the latest versions have them (for picked items a list may not offer).</summary>
    public async Task<IReadOnlyList<EditorChoice>> TitlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var rows = await db.ContentItems.AsNoTracking().Where(v => v.Latest && ids.Contains(v.ContentItemId))
            .Select(v => new { v.ContentItemId, v.DisplayText }).ToListAsync(cancellationToken);
        return [.. ids.Select(id => new EditorChoice(id, rows.Find(r => r.ContentItemId == id)?.DisplayText ?? id))];
    }

    /// <summary>The terms of taxonomy <paramref name="taxonomyId"/>, nested terms indented under their parents.</summary>
    public async Task<IReadOnlyList<EditorChoice>> TermsAsync(string taxonomyId, CancellationToken cancellationToken)
    {
        var taxonomy = IdGenerator.IsWellFormed(taxonomyId)
            ? await content.GetAsync(taxonomyId, VersionOptions.Published, cancellationToken)
              ?? await content.GetAsync(taxonomyId, VersionOptions.Latest, cancellationToken)
            : null;
        var choices = new List<EditorChoice>();
        AddTerms(taxonomy?.Part("TaxonomyPart")?["Terms"] as JsonArray, depth: 0, choices);
        return choices;
    }

    private static void AddTerms(JsonArray? terms, int depth, List<EditorChoice> choices)
    {
        foreach (var term in terms?.OfType<JsonObject>() ?? [])
        {
            var item = new ContentItem(term);
            choices.Add(new EditorChoice(item.ContentItemId, new string('\u2003', depth) + (item.DisplayText ?? item.ContentItemId)));
            AddTerms(term["Terms"] as JsonArray, depth + 1, choices);
        }
    }
}

using System.Text.Json;
using CrmSite.Content.Fields;
using CrmSite.Content.Items;
using CrmSite.Content.Store;
using CrmSite.Tests.Unit.Infrastructure;

namespace CrmSite.Tests.Unit.FactSheets;

/// <summary>
/// A real SQLite store file holding what the fact-sheet rules look up: an indicator in percent and one counting
/// children (each with a value), the definitions, a chapter, the Topics taxonomy and an English fact sheet in a localization set.
/// </summary>
public sealed class FactSheetStore : TemporaryStore
{
    public const string PercentIndicator = "indicatorpercent";
    public const string CountIndicator = "indicatorcount";
    public const string Chapter = "chapterpunjab";
    public const string EnglishSheet = "factsheetenglish";
    public const string SharedSet = "setshared";

    public FactSheetStore()
    {
        using var db = Open();
        db.Documents.Add(new DocumentRecord
        {
            Name = "ContentDefinitions",
            Content = JsonSerializer.Serialize(FactSheetSamples.Document, ContentJson.SerializerOptions),
            Version = 1,
        });
        Add(db, FactSheetSamples.Indicator(PercentIndicator, "percent", "prevalence"));
        Add(db, FactSheetSamples.Indicator(CountIndicator, "children", "count"));
        Add(db, FactSheetSamples.Value("valuepercent", PercentIndicator, 12.5m));
        Add(db, FactSheetSamples.Value("valuecount", CountIndicator, 26210000m));
        Add(db, ContentItem.FromJson($$"""
            { "ContentItemId": "{{Chapter}}", "ContentItemVersionId": "{{Chapter}}v1", "ContentType": "Chapter", "TitlePart": { "Title": "Punjab" } }
            """));
        Add(db, ContentItem.FromJson("""
            {
              "ContentItemId": "taxonomytopics", "ContentItemVersionId": "taxonomytopicsv1", "ContentType": "Taxonomy",
              "TitlePart": { "Title": "Topics" },
              "TaxonomyPart": { "TermContentType": "Topic", "Terms": [
                { "ContentItemId": "topiceducation", "ContentType": "Topic", "TitlePart": { "Title": "Education" } },
                { "ContentItemId": "topiclabour", "ContentType": "Topic", "TitlePart": { "Title": "Labour" },
                  "Terms": [ { "ContentItemId": "topicchildlabour", "ContentType": "Topic", "TitlePart": { "Title": "Child labour" } } ] }
              ] }
            }
            """));
        Add(db, FactSheetSamples.FactSheet(EnglishSheet, "en", SharedSet));
        db.SaveChanges();
    }

    private static void Add(SqliteCrmSiteDbContext db, ContentItem item)
    {
        db.ContentItems.Add(new ContentItemRecord
        {
            ContentItemId = item.ContentItemId,
            ContentItemVersionId = item.ContentItemVersionId,
            ContentType = item.ContentType,
            DisplayText = item.DisplayText,
            Latest = true,
            Published = true,
            Number = 1,
            Data = item.ToJson(),
        });
        var type = FactSheetSamples.Document.FindType(item.ContentType)!;
        db.FieldIndex.AddRange(FieldIndexer.Index(item, type, FactSheetSamples.Document));
    }
}

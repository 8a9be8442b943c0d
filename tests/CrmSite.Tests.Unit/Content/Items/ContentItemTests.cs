using System.Globalization;
using System.Text.Json.Nodes;
using CrmSite.Content.Items;

namespace CrmSite.Tests.Unit.Content.Items;

public sealed class ContentItemTests
{
    private const string OrchardArticle = """
        {
          "ContentItemId": "4x2kq9r3m7vbt1hz6s8n0pcdwe",
          "ContentItemVersionId": "4x2kq9r3m7vbt1hz6s8n0pcdwf",
          "ContentType": "Article",
          "DisplayText": "پاکستان میں موسم",
          "Latest": true,
          "Published": true,
          "ModifiedUtc": "2024-03-01T10:15:30.1234567Z",
          "PublishedUtc": "2024-03-01T10:15:30Z",
          "CreatedUtc": "2024-02-28T08:00:00Z",
          "Owner": "4x2kq9r3m7vbt1hz6s8n0pcdwg",
          "Author": "admin",
          "TitlePart": { "Title": "پاکستان میں موسم" },
          "Article": {
            "Subtitle": { "Text": "بارش اور <b>گرمی</b> & more" },
            "Year": { "Value": 2024.50 },
            "Gallery": { "Paths": ["a.jpg", "b.jpg"], "MediaTexts": ["", "alt"] },
            "FutureField": { "Nested": { "Deep": [1, { "x": null }, "y"] } }
          },
          "SeoMetaPart": { "Render": true, "MetaKeywords": "weather, urdu", "Custom": [] },
          "Unknown": null
        }
        """;

    [Fact]
    public void ToJson_DeepEqualsInput_WhenItemHasUnknownPartsFieldsAndUrduText()
    {
        var input = JsonNode.Parse(OrchardArticle);

        var output = JsonNode.Parse(ContentItem.FromJson(OrchardArticle).ToJson());

        Assert.True(JsonNode.DeepEquals(input, output), output?.ToJsonString());
    }

    [Fact]
    public void ToJson_KeepsUrduReadable_WhenWritten()
    {
        var item = ContentItem.FromJson(OrchardArticle);

        var json = item.ToJson();

        Assert.Contains("پاکستان میں موسم", json, StringComparison.Ordinal);
    }

    [Fact]
    public void WellKnownProperties_AreRead_WhenItemIsParsed()
    {
        var item = ContentItem.FromJson(OrchardArticle);

        Assert.Equal("4x2kq9r3m7vbt1hz6s8n0pcdwe", item.ContentItemId);
        Assert.Equal("4x2kq9r3m7vbt1hz6s8n0pcdwf", item.ContentItemVersionId);
        Assert.Equal("Article", item.ContentType);
        Assert.Equal("پاکستان میں موسم", item.DisplayText);
        Assert.True(item.Latest);
        Assert.True(item.Published);
        Assert.Equal(new DateTime(2024, 2, 28, 8, 0, 0, DateTimeKind.Utc), item.CreatedUtc);
        Assert.Equal(DateTimeKind.Utc, item.ModifiedUtc?.Kind);
        Assert.Equal("admin", item.Author);
    }

    [Fact]
    public void WellKnownProperties_AreFoundIgnoringCase_WhenInputIsLenient()
    {
        const string lenient = """
            {
              // recipes may carry comments and lower-case names
              "contentitemid": "4x2kq9r3m7vbt1hz6s8n0pcdwe",
              "CONTENTTYPE": "Article",
              "displaytext": "Hello",
              "published": true,
              "titlepart": { "title": "Hello" },
            }
            """;

        var item = ContentItem.FromJson(lenient);

        Assert.Equal("4x2kq9r3m7vbt1hz6s8n0pcdwe", item.ContentItemId);
        Assert.Equal("Article", item.ContentType);
        Assert.Equal("Hello", item.DisplayText);
        Assert.True(item.Published);
        Assert.Equal("Hello", item.As<TitlePart>()?.Title);
    }

    [Fact]
    public void FromJson_Throws_WhenJsonIsAnArray()
    {
        var act = () => ContentItem.FromJson("[1, 2]");

        Assert.ThrowsAny<System.Text.Json.JsonException>(act);
    }

    [Fact]
    public void Constructor_AssignsValidIdAndType_WhenGivenContentType()
    {
        var item = new ContentItem("Article");

        Assert.True(IdGenerator.IsValid(item.ContentItemId));
        Assert.Equal("Article", item.ContentType);
        Assert.False(item.Published);
        Assert.Null(item.ModifiedUtc);
    }

    [Fact]
    public void As_ReadsTypedPart_WhenPartIsNamedAfterRecord()
    {
        var item = ContentItem.FromJson("""{ "ContentType": "Article", "SeoMetaPart": { "Render": true, "MetaKeywords": "a, b", "Extra": 1 } }""");

        var part = item.As<SeoMetaPart>();

        Assert.Equal(new SeoMetaPart(true, "a, b"), part);
    }

    [Fact]
    public void As_ReturnsNull_WhenPartIsMissing()
    {
        var item = new ContentItem("Article");

        var part = item.As<SeoMetaPart>();

        Assert.Null(part);
    }

    [Fact]
    public void Apply_KeepsUnknownPartProperties_WhenTypedPartIsWritten()
    {
        var item = ContentItem.FromJson(OrchardArticle);
        var part = item.As<SeoMetaPart>()! with { MetaKeywords = "rain" };

        item.Apply(part);

        var written = item.Part("SeoMetaPart")!;
        Assert.Equal("rain", written["MetaKeywords"]!.GetValue<string>());
        Assert.True(written["Render"]!.GetValue<bool>());
        Assert.True(JsonNode.DeepEquals(new JsonArray(), written["Custom"]));
        Assert.Equal(3, written.Count);
    }

    [Fact]
    public void Apply_CreatesPart_WhenItemHasNone()
    {
        var item = new ContentItem("Article");

        item.Apply(new SeoMetaPart(false, "x"));

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{ "Render": false, "MetaKeywords": "x" }"""),
            item.Part("SeoMetaPart")));
    }

    [Fact]
    public void Apply_WritesUnderGivenName_WhenPartNameIsPassed()
    {
        var item = new ContentItem("Article");

        item.Apply("Subtitle", new TitlePart("Second"));

        Assert.Equal("Second", item.As<TitlePart>("Subtitle")?.Title);
        Assert.Null(item.Part("TitlePart"));
    }

    [Fact]
    public void Apply_ClearsKnownProperty_WhenRecordPropertyIsNull()
    {
        var item = ContentItem.FromJson(OrchardArticle);

        item.Apply(new SeoMetaPart(true, null));

        Assert.Null(item.As<SeoMetaPart>()!.MetaKeywords);
    }

    [Fact]
    public void DateSetters_WriteIsoUtc_WhenDateIsUtc()
    {
        var item = new ContentItem("Article");

        item.ModifiedUtc = new DateTime(2024, 3, 1, 10, 15, 30, DateTimeKind.Utc).AddTicks(1234567);
        item.PublishedUtc = new DateTime(2024, 3, 1, 10, 15, 30, DateTimeKind.Utc);
        item.CreatedUtc = null;

        Assert.Equal("2024-03-01T10:15:30.1234567Z", item.Data["ModifiedUtc"]!.GetValue<string>());
        Assert.Equal("2024-03-01T10:15:30Z", item.Data["PublishedUtc"]!.GetValue<string>());
        Assert.Null(item.Data["CreatedUtc"]);
    }

    [Fact]
    public void DateGetters_ConvertToUtc_WhenJsonHasOffset()
    {
        var item = ContentItem.FromJson("""{ "ModifiedUtc": "2024-03-01T15:00:00+05:00" }""");

        var modified = item.ModifiedUtc;

        Assert.Equal(new DateTime(2024, 3, 1, 10, 0, 0, DateTimeKind.Utc), modified);
        Assert.Equal(DateTimeKind.Utc, modified?.Kind);
    }

    [Fact]
    public void DateGetters_ReturnNull_WhenJsonIsNotADate()
    {
        var item = ContentItem.FromJson("""{ "ModifiedUtc": "yesterday", "PublishedUtc": 20240301 }""");

        Assert.Null(item.ModifiedUtc);
        Assert.Null(item.PublishedUtc);
    }

    [Fact]
    public void DateSetters_ConvertToUtc_WhenDateIsLocal()
    {
        var local = new DateTime(2024, 3, 1, 15, 0, 0, DateTimeKind.Local);
        var item = new ContentItem("Article");

        item.ModifiedUtc = local;

        var expected = local.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFZ", CultureInfo.InvariantCulture);
        Assert.Equal(expected, item.Data["ModifiedUtc"]!.GetValue<string>());
    }

    [Fact]
    public void Clone_IsIndependent_WhenCopyIsChanged()
    {
        var item = ContentItem.FromJson(OrchardArticle);

        var copy = item.Clone();
        copy.GetOrCreatePart("TitlePart")["Title"] = "Changed";

        Assert.Equal("پاکستان میں موسم", item.As<TitlePart>()?.Title);
        Assert.Equal("Changed", copy.As<TitlePart>()?.Title);
    }

    private sealed record SeoMetaPart(bool Render, string? MetaKeywords);

    private sealed record TitlePart(string? Title);
}

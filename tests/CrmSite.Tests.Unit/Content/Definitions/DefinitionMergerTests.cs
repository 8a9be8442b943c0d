using System.Text.Json.Nodes;
using CrmSite.Content.Definitions;

namespace CrmSite.Tests.Unit.Content.Definitions;

public sealed class DefinitionMergerTests
{
    [Fact]
    public void MergeType_AddsType_WhenDocumentHasNone()
    {
        var document = new ContentDefinitionDocument();

        DefinitionMerger.MergeType(document, Type("Article", """{ "ContentTypeSettings": { "Creatable": true } }""", "TitlePart"));

        var type = Assert.Single(document.ContentTypes);
        Assert.Equal("Article", type.Name);
    }

    [Fact]
    public void MergeType_DeepMergesSettings_WhenTypeExists()
    {
        var document = new ContentDefinitionDocument();
        document.ContentTypes.Add(Type("Article", """
            { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Stereotype": "Widget" }, "FullTextAspectSettings": { "Included": true } }
            """));

        DefinitionMerger.MergeType(document, Type("article", """
            { "contenttypesettings": { "Listable": false, "Draftable": true }, "NewSettings": { "X": 1 } }
            """));

        var settings = Assert.Single(document.ContentTypes).TypeSettings;
        Assert.True(settings.Creatable);
        Assert.False(settings.Listable);
        Assert.True(settings.Draftable);
        Assert.Equal("Widget", settings.Stereotype);
        Assert.NotNull(document.ContentTypes[0].Settings["FullTextAspectSettings"]);
        Assert.NotNull(document.ContentTypes[0].Settings["NewSettings"]);
    }

    [Fact]
    public void MergeType_AddsPartsAndKeepsOthers_WhenIncomingListsFewerParts()
    {
        var document = new ContentDefinitionDocument();
        document.ContentTypes.Add(Type("Article", "{}", "TitlePart", "AutoroutePart"));

        DefinitionMerger.MergeType(document, Type("Article", "{}", "AutoroutePart", "LocalizationPart"));

        Assert.Equal(["TitlePart", "AutoroutePart", "LocalizationPart"], document.ContentTypes[0].Parts.Select(p => p.Name));
    }

    [Fact]
    public void MergeType_MergesPartSettings_WhenPartExists()
    {
        var document = new ContentDefinitionDocument();
        var existing = Type("Article", "{}");
        existing.Parts.Add(new ContentTypePartDefinition
        {
            PartName = "TitlePart",
            Name = "TitlePart",
            Settings = Parse("""{ "ContentTypePartSettings": { "Position": "0" }, "TitlePartSettings": { "Options": "Editable" } }"""),
        });
        document.ContentTypes.Add(existing);
        var incoming = Type("Article", "{}");
        incoming.Parts.Add(new ContentTypePartDefinition
        {
            PartName = "TitlePart",
            Name = "TitlePart",
            Settings = Parse("""{ "TitlePartSettings": { "Options": "EditableRequired" } }"""),
        });

        DefinitionMerger.MergeType(document, incoming);

        var part = Assert.Single(document.ContentTypes[0].Parts);
        Assert.Equal(0, part.Position);
        Assert.Equal("EditableRequired", part.Settings["TitlePartSettings"]!["Options"]!.GetValue<string>());
    }

    [Fact]
    public void MergeType_KeepsDisplayName_WhenIncomingHasNone()
    {
        var document = new ContentDefinitionDocument();
        document.ContentTypes.Add(new ContentTypeDefinition { Name = "Article", DisplayName = "News article" });

        DefinitionMerger.MergeType(document, new ContentTypeDefinition { Name = "Article" });

        Assert.Equal("News article", document.ContentTypes[0].DisplayName);
    }

    [Fact]
    public void MergePart_AddsFieldsAndMergesFieldSettings_WhenPartExists()
    {
        var document = new ContentDefinitionDocument();
        document.ContentParts.Add(Part("Article",
            Field("TextField", "Subtitle", """{ "TextFieldSettings": { "Required": true, "Hint": "short" } }"""),
            Field("NumericField", "Year", "{}")));

        DefinitionMerger.MergePart(document, Part("Article",
            Field("TextField", "Subtitle", """{ "TextFieldSettings": { "Required": false } }"""),
            Field("BooleanField", "Featured", "{}")));

        var part = Assert.Single(document.ContentParts);
        Assert.Equal(["Subtitle", "Year", "Featured"], part.Fields.Select(f => f.Name));
        var subtitle = part.Fields[0].Settings["TextFieldSettings"]!;
        Assert.False(subtitle["Required"]!.GetValue<bool>());
        Assert.Equal("short", subtitle["Hint"]!.GetValue<string>());
    }

    [Fact]
    public void ReplaceType_DropsOldPartsAndSettings_WhenTypeExists()
    {
        var document = new ContentDefinitionDocument();
        document.ContentTypes.Add(Type("Article", """{ "ContentTypeSettings": { "Creatable": true } }""", "TitlePart", "AutoroutePart"));

        DefinitionMerger.ReplaceType(document, Type("ARTICLE", "{}", "LocalizationPart"));

        var type = Assert.Single(document.ContentTypes);
        Assert.Equal(["LocalizationPart"], type.Parts.Select(p => p.Name));
        Assert.False(type.TypeSettings.Creatable);
    }

    [Fact]
    public void ReplacePart_DropsOldFields_WhenPartExists()
    {
        var document = new ContentDefinitionDocument();
        document.ContentParts.Add(Part("Article", Field("TextField", "Subtitle", "{}")));

        DefinitionMerger.ReplacePart(document, Part("Article", Field("NumericField", "Year", "{}")));

        Assert.Equal(["Year"], Assert.Single(document.ContentParts).Fields.Select(f => f.Name));
    }

    [Fact]
    public void MergeSettings_ReplacesValue_WhenShapesDiffer()
    {
        var target = Parse("""{ "A": { "B": 1 }, "C": [1, 2], "D": "x" }""");

        DefinitionMerger.MergeSettings(target, Parse("""{ "a": 5, "C": [3], "D": { "E": true } }"""));

        Assert.True(JsonNode.DeepEquals(Parse("""{ "a": 5, "C": [3], "D": { "E": true } }"""), target), target.ToJsonString());
    }

    [Fact]
    public void MergeSettings_CopiesIncomingValues_WhenIncomingIsChangedLater()
    {
        var target = Parse("{}");
        var incoming = Parse("""{ "A": { "B": 1 } }""");

        DefinitionMerger.MergeSettings(target, incoming);
        incoming["A"]!["B"] = 2;

        Assert.Equal(1, target["A"]!["B"]!.GetValue<int>());
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    private static ContentTypeDefinition Type(string name, string settings, params string[] parts) => new()
    {
        Name = name,
        Settings = Parse(settings),
        Parts = parts.Select(p => new ContentTypePartDefinition { PartName = p, Name = p }).ToList(),
    };

    private static ContentPartDefinition Part(string name, params ContentPartFieldDefinition[] fields) =>
        new() { Name = name, Fields = [.. fields] };

    private static ContentPartFieldDefinition Field(string kind, string name, string settings) =>
        new() { FieldName = kind, Name = name, Settings = Parse(settings) };
}

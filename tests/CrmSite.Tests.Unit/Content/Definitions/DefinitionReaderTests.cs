using System.Text.Json.Nodes;
using CrmSite.Content.Definitions;
using CrmSite.Content.Recipes;

namespace CrmSite.Tests.Unit.Content.Definitions;

public sealed class DefinitionReaderTests
{
    [Fact]
    public void ReadType_ReadsPartsAndSettings_WhenRecordIsComplete()
    {
        var node = JsonNode.Parse("""
            {
              "Name": "Article",
              "DisplayName": "Article",
              "Settings": { "ContentTypeSettings": { "Creatable": true, "Draftable": true } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "0" } } },
                { "PartName": "BagPart", "Name": "Sections", "Settings": { "ContentTypePartSettings": { "Position": "2" } } }
              ]
            }
            """);

        var type = DefinitionReader.ReadType(node, "steps[0].ContentTypes[0]");

        Assert.Equal("Article", type.Name);
        Assert.True(type.TypeSettings.Creatable);
        Assert.True(type.TypeSettings.Draftable);
        Assert.Equal(["TitlePart", "Sections"], type.Parts.Select(p => p.Name));
        Assert.Equal("BagPart", type.Parts[1].PartName);
        Assert.Equal(2, type.Parts[1].Position);
    }

    [Fact]
    public void ReadType_NamesTypeAndRecord_WhenPartNameIsMissing()
    {
        var node = JsonNode.Parse("""
            { "Name": "Article", "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart" }, { "Name": "Body" } ] }
            """);

        var error = Assert.Throws<RecipeException>(() => DefinitionReader.ReadType(node, "steps[1].ContentTypes[0]"));

        Assert.Equal("steps[1].ContentTypes[0] 'Article' ContentTypePartDefinitionRecords[1] has no PartName.", error.Message);
    }

    [Fact]
    public void ReadType_NamesPlace_WhenNameIsMissing()
    {
        var node = JsonNode.Parse("""{ "DisplayName": "Article" }""");

        var error = Assert.Throws<RecipeException>(() => DefinitionReader.ReadType(node, "steps[1].ContentTypes[3]"));

        Assert.Equal("steps[1].ContentTypes[3] has no Name.", error.Message);
    }

    [Fact]
    public void ReadType_Throws_WhenSettingsIsNotAnObject()
    {
        var node = JsonNode.Parse("""{ "Name": "Article", "Settings": "yes" }""");

        var error = Assert.Throws<RecipeException>(() => DefinitionReader.ReadType(node, "ContentTypes[0]"));

        Assert.Contains("'Article'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Settings must be an object", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadPart_KeepsFieldAndWarnsNamingRecordAndKind_WhenFieldKindIsUnknown()
    {
        var node = JsonNode.Parse("""
            {
              "Name": "Article",
              "ContentPartFieldDefinitionRecords": [
                { "FieldName": "TextField", "Name": "Subtitle" },
                { "FieldName": "GeoPointField", "Name": "Location" }
              ]
            }
            """);

        var warnings = new List<string>();

        var part = DefinitionReader.ReadPart(node, "steps[0].ContentParts[0]", warnings.Add);

        Assert.Equal(["TextField", "GeoPointField"], part.Fields.Select(f => f.FieldName));
        var warning = Assert.Single(warnings);
        Assert.StartsWith("steps[0].ContentParts[0] 'Article' ContentPartFieldDefinitionRecords[1]: field kind 'GeoPointField' is not known", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadPart_NamesRecord_WhenFieldNameIsMissing()
    {
        var node = JsonNode.Parse("""{ "Name": "Article", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField" } ] }""");

        var error = Assert.Throws<RecipeException>(() => DefinitionReader.ReadPart(node, "ContentParts[2]"));

        Assert.Equal("ContentParts[2] 'Article' ContentPartFieldDefinitionRecords[0] has no Name.", error.Message);
    }

    [Fact]
    public void ReadPart_NormalizesKindCase_WhenFieldKindIsWrittenInLowerCase()
    {
        var node = JsonNode.Parse("""
            {
              "Name": "Article",
              "ContentPartFieldDefinitionRecords": [
                { "FieldName": "numericfield", "Name": "Year", "Settings": { "NumericFieldSettings": { "Minimum": 1900 } } }
              ]
            }
            """);

        var part = DefinitionReader.ReadPart(node, "ContentParts[0]");

        var field = Assert.Single(part.Fields);
        Assert.Equal("NumericField", field.FieldName);
        Assert.Equal(1900, field.Settings["NumericFieldSettings"]!["Minimum"]!.GetValue<int>());
    }

    [Fact]
    public void ReadPart_Throws_WhenNodeIsNotAnObject()
    {
        var node = JsonNode.Parse("[]");

        var error = Assert.Throws<RecipeException>(() => DefinitionReader.ReadPart(node, "ContentParts[4]"));

        Assert.Equal("ContentParts[4] is not an object.", error.Message);
    }
}

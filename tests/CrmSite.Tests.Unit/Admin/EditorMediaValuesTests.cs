using System.Text.Json.Nodes;
using CrmSite.Admin.Editing;
using CrmSite.Content.Items;

namespace CrmSite.Tests.Unit.Admin;

/// <summary>A media field's values in the editor: paths with their texts, written in Orchard's shape only when they changed.</summary>
public sealed class EditorMediaValuesTests
{
    private static readonly EditorField Images = new("Sheet.Images", "Images", EditorKind.Media, new ValueLocation("Sheet", "Images", "Paths")) { AllowMediaText = true };

    [Fact]
    public void Read_PairsEachPathWithItsText_WhenTextsAreMissing()
    {
        var item = Item("""{"Sheet":{"Images":{"Paths":["a.png","b.png"],"MediaTexts":["A"]}}}""");

        var values = EditorValues.Read(item, [Images]);

        Assert.Equal(["a.png", "b.png"], values.All(Images.Key));
        Assert.Equal(["A", ""], values.All(Images.LinkTextKey));
    }

    [Fact]
    public void ApplyTo_KeepsTheStoredJson_WhenNothingChanged()
    {
        var item = Item("""{"Sheet":{"Images":{"Paths":["a.png"],"Anchors":[{"X":0.5}]}}}""");
        var before = item.ToJson();

        var errors = EditorValues.Read(item, [Images]).ApplyTo(item, [Images]);

        Assert.Empty(errors);
        Assert.Equal(before, item.ToJson());
    }

    [Fact]
    public void ApplyTo_WritesPathsAndTextsInOrchardsShape_WhenATextChanged()
    {
        var item = Item("""{"Sheet":{"Images":{"Paths":["a.png","b.png"],"MediaTexts":["A","B"]}}}""");
        var posted = EditorValues.Read(item, [Images]);
        posted.Set(Images.LinkTextKey, "A", " New text ");

        posted.ApplyTo(item, [Images]);

        Assert.Equal("""{"Paths":["a.png","b.png"],"MediaTexts":["A","New text"]}""", item.Part("Sheet")!["Images"]!.ToJsonString());
    }

    [Fact]
    public void Merge_TakesTheirPathsAndTexts_WhenOnlyTheyChangedTheField()
    {
        var original = Item("""{"Sheet":{"Images":{"Paths":["a.png"],"MediaTexts":["A"]}}}""");
        var theirs = Item("""{"Sheet":{"Images":{"Paths":["a.png","b.png"],"MediaTexts":["A","B"]}}}""");
        var mine = EditorValues.Read(original, [Images]);

        var merge = EditorMerge.Merge([Images], EditorValues.Read(original, [Images]), EditorValues.Read(theirs, [Images]), mine);

        Assert.Empty(merge.BothChanged);
        Assert.Equal(["a.png", "b.png"], mine.All(Images.Key));
        Assert.Equal(["A", "B"], mine.All(Images.LinkTextKey));
    }

    private static ContentItem Item(string json) => new(JsonNode.Parse(json)!.AsObject());
}

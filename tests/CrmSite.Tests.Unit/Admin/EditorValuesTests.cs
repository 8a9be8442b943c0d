using System.Text.Json.Nodes;
using CrmSite.Admin.Editing;
using CrmSite.Content.Items;

namespace CrmSite.Tests.Unit.Admin;

/// <summary>How the editor's posted values become item JSON: only what changed is written, in the kinds' shapes.</summary>
public sealed class EditorValuesTests
{
    private static readonly EditorField Year = new("Sheet.Year", "Year", EditorKind.Number, new ValueLocation("Sheet", "Year", "Value"));
    private static readonly EditorField Review = new("Sheet.ReviewBy", "Review by", EditorKind.Date, new ValueLocation("Sheet", "ReviewBy", "Value"));
    private static readonly EditorField Sources = new("Sheet.Sources", "Sources", EditorKind.Lines, new ValueLocation("Sheet", "Sources", "Values"));
    private static readonly EditorField Terms = new("TaxonomyPart.Terms", "Terms", EditorKind.Terms, new ValueLocation("TaxonomyPart", null, "Terms")) { TermContentType = "Topic" };

    [Fact]
    public void UntouchedFields_KeepTheirStoredJson_AndUnknownPartsSurvive()
    {
        var item = Item("""{"Sheet":{"Year":{"Value":"2024"},"ReviewBy":{"Value":"1990-09-20"},"Extra":{"Kept":1}},"Other":{"X":true}}""");
        var before = item.ToJson();
        var posted = EditorValues.Read(item, [Year, Review]);

        var errors = posted.ApplyTo(item, [Year, Review]);

        Assert.Empty(errors);
        Assert.Equal(before, item.ToJson());
    }

    [Fact]
    public void ChangedValues_AreWrittenInTheirKindsShapes()
    {
        var item = Item("""{"Sheet":{"Year":{"Value":2024},"ReviewBy":{"Value":"1990-09-20"}}}""");
        var posted = Posted((Year.Key, "2025"), (Review.Key, "2027-01-31"), (Sources.Key, " https://a.example \n\n https://b.example \n"));

        var errors = posted.ApplyTo(item, [Year, Review, Sources]);

        Assert.Empty(errors);
        Assert.Equal("""{"Year":{"Value":2025},"ReviewBy":{"Value":"2027-01-31T00:00:00Z"},"Sources":{"Values":["https://a.example","https://b.example"]}}""",
            item.Part("Sheet")!.ToJsonString());
    }

    [Theory]
    [InlineData("twenty", "Sheet.Year")]
    [InlineData("1e400", "Sheet.Year")]
    public void NumbersThatAreNot_AreRefusedBesideTheirField(string year, string key)
    {
        var item = Item("""{"Sheet":{"Year":{"Value":2024}}}""");

        var errors = Posted((Year.Key, year)).ApplyTo(item, [Year]);

        Assert.Equal([key], errors.Keys);
        Assert.Equal(2024, item.Part("Sheet")!["Year"]!["Value"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("31/01/2027")]
    [InlineData("2027-02-30")]
    public void DatesThatAreNot_AreRefused(string date)
    {
        var errors = Posted((Review.Key, date)).ApplyTo(Item("""{"Sheet":{}}"""), [Review]);

        Assert.Contains(Review.Key, errors.Keys);
    }

    [Fact]
    public void Terms_KeepTheirIdsWhenKeptOrRenamedInPlace_AndNewLinesAreNewTerms()
    {
        var item = Item("""
            {"TaxonomyPart":{"Terms":[
              {"ContentItemId":"termeducation","ContentType":"Topic","DisplayText":"Education","TitlePart":{"Title":"Education"},"Terms":[{"ContentItemId":"child"}]},
              {"ContentItemId":"termlabour","ContentType":"Topic","DisplayText":"Labour","TitlePart":{"Title":"Labour"}}]}}
            """);

        Posted((Terms.Key, "Child labour\nEducation\nNutrition")).ApplyTo(item, [Terms]);

        var terms = item.Part("TaxonomyPart")!["Terms"]!.AsArray().Select(t => new ContentItem(t!.AsObject())).ToList();
        Assert.Equal(["Child labour", "Education", "Nutrition"], terms.Select(t => t.DisplayText));
        Assert.Equal("termlabour", terms[0].ContentItemId);
        Assert.Equal("termeducation", terms[1].ContentItemId);
        Assert.NotNull(terms[1].Data["Terms"]);
        Assert.True(IdGenerator.IsWellFormed(terms[2].ContentItemId));
        Assert.Equal("Topic", terms[2].ContentType);
    }

    private static ContentItem Item(string json) => new(JsonNode.Parse(json)!.AsObject());

    private static EditorValues Posted(params (string Name, string Value)[] values)
    {
        var posted = new EditorValues();
        foreach (var (name, value) in values)
        {
            posted.Set(name, value);
        }
        return posted;
    }
}

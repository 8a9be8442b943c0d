using System.Text.Json.Nodes;
using CrmSite.Content.Recipes;
using Microsoft.Extensions.Configuration;

namespace CrmSite.Tests.Unit.Content.Recipes;

public sealed class RecipeValuesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("crmsite-recipe-").FullName;
    private readonly string _recipeFolder;
    private readonly RecipeScript _script = new("test", [], new Dictionary<string, string>(), new ConfigurationBuilder().Build());

    public RecipeValuesTests()
    {
        _recipeFolder = Directory.CreateDirectory(Path.Combine(_root, "recipes")).FullName;
        File.WriteAllText(Path.Combine(_recipeFolder, "body.txt"), "<p>سلام</p>\n");
        Directory.CreateDirectory(Path.Combine(_recipeFolder, "content"));
        File.WriteAllText(Path.Combine(_recipeFolder, "content", "about.md"), "# About");
        File.WriteAllText(Path.Combine(_root, "secret.txt"), "secret");
    }

    public void Dispose()
    {
        _script.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void Evaluate_ReplacesScripts_WhenDeepInsideObjectsAndArrays()
    {
        var step = JsonNode.Parse("""
            {
              "name": "Content",
              "data": [
                {
                  "ContentItemId": "[js: 'id-' + (40 + 2)]",
                  "TitlePart": { "Title": "[js:'Hello'.toUpperCase()]" },
                  "Article": { "Tags": { "ContentItemIds": ["plain", "[js: ['a','b'].join('')]"] } },
                  "Count": "[js: 2 * 21]",
                  "Empty": "[js: null]",
                  "NotScript": "[jsx: 1]",
                  "Brackets": "[1, 2]"
                }
              ]
            }
            """);

        var evaluated = RecipeValues.Evaluate(step, "steps[0]", _script, _recipeFolder);

        var expected = JsonNode.Parse("""
            {
              "name": "Content",
              "data": [
                {
                  "ContentItemId": "id-42",
                  "TitlePart": { "Title": "HELLO" },
                  "Article": { "Tags": { "ContentItemIds": ["plain", "ab"] } },
                  "Count": 42,
                  "Empty": null,
                  "NotScript": "[jsx: 1]",
                  "Brackets": "[1, 2]"
                }
              ]
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, evaluated), evaluated?.ToJsonString());
    }

    [Fact]
    public void Evaluate_GivesPlacedUuids_WhenScriptsAreInArrays()
    {
        var step = JsonNode.Parse("""{ "data": [ { "Id": "[js: uuid()]" }, { "Id": "[js: uuid()]" } ] }""");

        RecipeValues.Evaluate(step, "steps[0]", _script, null);

        Assert.NotEqual(step!["data"]![0]!["Id"]!.GetValue<string>(), step["data"]![1]!["Id"]!.GetValue<string>());
    }

    [Fact]
    public void Evaluate_NamesPlace_WhenScriptFails()
    {
        var step = JsonNode.Parse("""{ "data": [ { "Title": "ok" }, { "Title": "[js: undefinedFunction()]" } ] }""");

        var error = Assert.Throws<RecipeException>(() => RecipeValues.Evaluate(step, "steps[2]", _script, null));

        Assert.Contains("steps[2].data[1].Title", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ReadsFileText_WhenFileIsBesideRecipe()
    {
        var step = JsonNode.Parse("""
            { "HtmlBodyPart": { "Html": "[file: text('body.txt')]" }, "Md": "[file:text( \"content/about.md\" )]" }
            """);

        RecipeValues.Evaluate(step, "steps[0]", _script, _recipeFolder);

        Assert.Equal("<p>سلام</p>\n", step!["HtmlBodyPart"]!["Html"]!.GetValue<string>());
        Assert.Equal("# About", step["Md"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("../secret.txt")]
    [InlineData("content/../../secret.txt")]
    [InlineData("/etc/passwd")]
    public void Evaluate_RefusesFile_WhenPathEscapesRecipeFolder(string path)
    {
        var step = JsonNode.Parse($$"""{ "Html": "[file: text('{{path}}')]" }""");

        var error = Assert.Throws<RecipeException>(() => RecipeValues.Evaluate(step, "steps[0]", _script, _recipeFolder));

        Assert.Contains("outside the recipe's folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RefusesFile_WhenSiblingFolderSharesPrefix()
    {
        var sibling = Directory.CreateDirectory(_recipeFolder + "-other").FullName;
        File.WriteAllText(Path.Combine(sibling, "x.txt"), "x");
        var step = JsonNode.Parse("""{ "Html": "[file: text('../recipes-other/x.txt')]" }""");

        Assert.Throws<RecipeException>(() => RecipeValues.Evaluate(step, "steps[0]", _script, _recipeFolder));
    }

    [Fact]
    public void Evaluate_RefusesFile_WhenItIsALinkOutOfTheFolder()
    {
        var outside = Path.Combine(_root, "secret.txt");
        File.WriteAllText(outside, "secret");
        File.CreateSymbolicLink(Path.Combine(_recipeFolder, "link.txt"), outside);
        var step = JsonNode.Parse("""{ "Html": "[file: text('link.txt')]" }""");

        var error = Assert.Throws<RecipeException>(() => RecipeValues.Evaluate(step, "steps[0]", _script, _recipeFolder));

        Assert.Contains("link", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Throws_WhenFileIsMissing()
    {
        var step = JsonNode.Parse("""{ "Html": "[file: text('missing.txt')]" }""");

        var error = Assert.Throws<RecipeException>(() => RecipeValues.Evaluate(step, "steps[0]", _script, _recipeFolder));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Throws_WhenRecipeHasNoFolder()
    {
        var step = JsonNode.Parse("""{ "Html": "[file: text('body.txt')]" }""");

        var error = Assert.Throws<RecipeException>(() => RecipeValues.Evaluate(step, "steps[0]", _script, null));

        Assert.Contains("steps[0].Html", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ReadsFileText_WhenBaseDirectoryEndsWithSeparator()
    {
        var step = JsonNode.Parse("""{ "Html": "[file: text('body.txt')]" }""");

        RecipeValues.Evaluate(step, "steps[0]", _script, _recipeFolder + Path.DirectorySeparatorChar);

        Assert.Equal("<p>سلام</p>\n", step!["Html"]!.GetValue<string>());
    }
}

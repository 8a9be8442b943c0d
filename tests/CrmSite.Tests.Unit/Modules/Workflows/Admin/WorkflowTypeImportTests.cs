using CrmSite.Workflows.Activities.Content;
using CrmSite.Workflows.Activities.Data;
using CrmSite.Workflows.Admin;
using CrmSite.Workflows.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Unit.Modules.Workflows.Admin;

public sealed class WorkflowTypeImportTests
{
    private static readonly WorkflowTypeImport Import = new(new WorkflowTypeValidator(new ActivityLibrary(new ServiceCollection()
        .AddSingleton<IActivity>(new ContentEvent(ContentEvent.Published))
        .AddSingleton<IActivity>(new SetOutputTask())
        .BuildServiceProvider())));

    private const string TypeJson = """
        {
          // Orchard writes comments and trailing commas in recipes; so may people.
          "WorkflowTypeId": "", "Name": "Output on publish",
          "Activities": [
            { "ActivityId": "published", "Name": "ContentPublishedEvent", "IsStart": true, "Properties": {} },
            { "ActivityId": "output", "Name": "SetOutputTask", "Properties": { "OutputName": "x", "Value": { "Expression": "1" } } },
          ],
          "Transitions": [ { "SourceActivityId": "published", "SourceOutcomeName": "Done", "DestinationActivityId": "output" } ]
        }
        """;

    [Fact]
    public void Read_ReturnsTheType_WhenTheTextIsOneTypeObject()
    {
        var (types, errors) = Import.Read(TypeJson);

        Assert.Empty(errors);
        var type = Assert.Single(types);
        Assert.Equal("Output on publish", type.Name);
        Assert.Equal(2, type.Activities.Count);
    }

    [Fact]
    public void Read_ReturnsTheTypesOfEveryWorkflowTypeStep_WhenTheTextIsARecipe()
    {
        var recipe = $$"""{ "name": "r", "steps": [ { "name": "ContentTypes" }, { "name": "workflowtype", "data": [ {{TypeJson}}, {{TypeJson}} ] } ] }""";

        var (types, errors) = Import.Read(recipe);

        Assert.Empty(errors);
        Assert.Equal(2, types.Count);
    }

    [Theory]
    [InlineData("", "Paste or upload a recipe or a workflow type in JSON.")]
    [InlineData("[1, 2]", "The text is not a JSON object:")]
    [InlineData("{ \"Name\": ", "The text is not a JSON object:")]
    [InlineData("{ \"hello\": 1 }", "The JSON is neither a recipe with a WorkflowType step nor a workflow type")]
    [InlineData("{ \"Activities\": 5 }", "Workflow type 1 cannot be read:")]
    public void Read_RefusesWithOneClearError_WhenTheTextIsNoWorkflowType(string text, string message)
    {
        var (types, errors) = Import.Read(text);

        Assert.Empty(types);
        Assert.StartsWith(message, Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NamesTheTypeAndTheActivity_AndReturnsNoType_WhenOneOfTwoIsInvalid()
    {
        var broken = TypeJson.Replace("\"SetOutputTask\"", "\"NoSuchTask\"", StringComparison.Ordinal).Replace("Output on publish", "Broken", StringComparison.Ordinal);
        var recipe = $$"""{ "steps": [ { "name": "WorkflowType", "data": [ {{TypeJson}}, {{broken}} ] } ] }""";

        var (types, errors) = Import.Read(recipe);

        Assert.Empty(types);
        var error = Assert.Single(errors, e => e.Message.Contains("NoSuchTask", StringComparison.Ordinal));
        Assert.Equal("Broken (2): Activities[output].Name", error.Member);
    }
}

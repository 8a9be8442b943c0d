using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using CrmSite.Content.Items;
using CrmSite.Content.Recipes;
using Microsoft.Extensions.Configuration;

namespace CrmSite.Tests.Unit.Content.Recipes;

public sealed class RecipeScriptTests
{
    private static readonly IConfiguration Configuration = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["CrmSite:Recipes:Site:Name"] = "CrmSite Karachi", ["CRMSITE_ADMIN_PASSWORD"] = "secret" })
        .Build();

    [Fact]
    public void Evaluate_ReturnsValidId_WhenScriptCallsUuid()
    {
        using var script = Script();

        var id = script.Evaluate("uuid()", "steps[0].data[0].ContentItemId")!.GetValue<string>();

        Assert.Equal(26, id.Length);
        Assert.True(IdGenerator.IsValid(id));
    }

    [Fact]
    public void Evaluate_ReturnsSameUuid_WhenSameRecipeEvaluatesSamePlaceAgain()
    {
        using var first = Script("setup");
        using var second = Script("setup");

        var a = first.Evaluate("uuid()", "steps[0].data[0].ContentItemId")!.GetValue<string>();
        var b = second.Evaluate("uuid()", "steps[0].data[0].ContentItemId")!.GetValue<string>();
        var again = first.Evaluate("uuid()", "steps[0].data[0].ContentItemId")!.GetValue<string>();

        Assert.Equal(a, b);
        Assert.Equal(a, again);
    }

    [Fact]
    public void Evaluate_ReturnsDifferentUuids_WhenRecipePlaceOrCallDiffers()
    {
        using var setup = Script("setup");
        using var other = Script("other");

        var ids = new[]
        {
            setup.Evaluate("uuid()", "steps[0].data[0].ContentItemId")!.GetValue<string>(),
            setup.Evaluate("uuid()", "steps[0].data[1].ContentItemId")!.GetValue<string>(),
            other.Evaluate("uuid()", "steps[0].data[0].ContentItemId")!.GetValue<string>(),
        };
        var pair = setup.Evaluate("[uuid(), uuid()]", "steps[0].data[2].ContentItemId")!.AsArray();

        Assert.Equal(3, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.NotEqual(pair[0]!.GetValue<string>(), pair[1]!.GetValue<string>());
    }

    [Fact]
    public void Evaluate_ReturnsIsoUtcNow_WhenScriptFormatsNewDate()
    {
        using var script = Script();
        var before = DateTime.UtcNow.AddSeconds(-1);

        var text = script.Evaluate("new Date().toISOString()", "steps[0].date")!.GetValue<string>();

        Assert.EndsWith("Z", text, StringComparison.Ordinal);
        var date = DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        Assert.InRange(date, before, DateTime.UtcNow.AddSeconds(1));
    }

    [Fact]
    public void Evaluate_ReturnsVariable_WhenScriptReadsVariables()
    {
        var variables = new JsonObject
        {
            ["homeId"] = "4x2kq9r3m7vbt1hz6s8n0pcdwe",
            ["menu"] = new JsonObject { ["items"] = new JsonArray(1, 2, 3) },
        };
        using var script = Script(variables: variables);

        var id = script.Evaluate("variables('homeId')", "steps[0].id");
        var count = script.Evaluate("variables('menu').items.length", "steps[0].count");
        var missing = script.Evaluate("variables('nothing')", "steps[0].missing");

        Assert.Equal("4x2kq9r3m7vbt1hz6s8n0pcdwe", id!.GetValue<string>());
        Assert.Equal(3, count!.GetValue<int>());
        Assert.Null(missing);
    }

    [Fact]
    public void Evaluate_ReturnsParameter_WhenScriptReadsParameters()
    {
        using var script = Script(parameters: new Dictionary<string, string> { ["adminEmail"] = "admin@example.org" });

        var value = script.Evaluate("parameters('adminEmail')", "steps[0].email");

        Assert.Equal("admin@example.org", value!.GetValue<string>());
    }

    [Fact]
    public void Evaluate_ReturnsConfigurationOrFallback_WhenScriptReadsConfiguration()
    {
        using var script = Script();

        var configured = script.Evaluate("configuration('Site:Name', 'fallback')", "steps[0].name");
        var fallback = script.Evaluate("configuration('Site:Missing', 'fallback')", "steps[0].other");

        Assert.Equal("CrmSite Karachi", configured!.GetValue<string>());
        Assert.Equal("fallback", fallback!.GetValue<string>());
    }

    [Fact]
    public void Evaluate_CannotReadConfigurationOutsideTheRecipesSection()
    {
        using var script = Script();

        var secret = script.Evaluate("configuration('CRMSITE_ADMIN_PASSWORD', 'hidden')", "steps[0].name");

        Assert.Equal("hidden", secret!.GetValue<string>());
    }

    [Fact]
    public void Evaluate_DecodesUtf8_WhenScriptCallsBase64()
    {
        using var script = Script();
        var encoded = Convert.ToBase64String("خوش آمدید <b>welcome</b>"u8);

        var value = script.Evaluate($"base64('{encoded}')", "steps[0].html");

        Assert.Equal("خوش آمدید <b>welcome</b>", value!.GetValue<string>());
    }

    [Fact]
    public void Evaluate_ReturnsJsonObject_WhenScriptBuildsObject()
    {
        using var script = Script();

        var value = script.Evaluate("({ a: 1, b: ['x', null], c: { d: true } })", "steps[0].obj");

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{ "a": 1, "b": ["x", null], "c": { "d": true } }"""), value));
    }

    [Fact]
    public void Evaluate_RunsHostFunctions_WhenScriptChecksTheirResultsInJavaScript()
    {
        var variables = new JsonObject { ["menu"] = new JsonObject { ["items"] = new JsonArray(1, 2, 3) } };
        using var script = Script(variables: variables, parameters: new() { ["adminEmail"] = "admin@example.org" });
        var encoded = Convert.ToBase64String("خوش آمدید"u8);

        var result = script.Evaluate(HostChecks("admin@example.org", encoded), "steps[0].checks");

        Assert.Null(result);
    }

    [Fact]
    public void Evaluate_ThrowsRecipeException_WhenJavaScriptCheckOfHostFunctionFails()
    {
        var variables = new JsonObject { ["menu"] = new JsonObject { ["items"] = new JsonArray(1, 2, 3) } };
        using var script = Script(variables: variables, parameters: new() { ["adminEmail"] = "admin@example.org" });
        var encoded = Convert.ToBase64String("خوش آمدید"u8);

        var error = Assert.Throws<RecipeException>(() => script.Evaluate(HostChecks("someone@example.org", encoded), "steps[0].checks"));

        Assert.Contains("parameters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ThrowsRecipeException_WhenScriptThrows()
    {
        using var script = Script();

        var error = Assert.Throws<RecipeException>(() => script.Evaluate("throw new Error('boom')", "steps[3].data[0].Title"));

        Assert.Contains("steps[3].data[0].Title", error.Message, StringComparison.Ordinal);
        Assert.Contains("boom", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ThrowsRecipeException_WhenScriptHasSyntaxError()
    {
        using var script = Script();

        var error = Assert.Throws<RecipeException>(() => script.Evaluate("uuid(", "steps[0].id"));

        Assert.Contains("steps[0].id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ThrowsRecipeExceptionWithinSeconds_WhenScriptLoopsForever()
    {
        using var script = Script();
        var clock = Stopwatch.StartNew();

        Assert.Throws<RecipeException>(() => script.Evaluate("while(true){}", "steps[0].loop"));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Evaluate_ThrowsRecipeException_WhenScriptCallsUnknownFunction()
    {
        using var script = Script();

        Assert.Throws<RecipeException>(() => script.Evaluate("require('fs')", "steps[0].x"));
    }

    [Fact]
    public void Evaluate_KeepsWorking_WhenPreviousScriptFailed()
    {
        using var script = Script();
        Assert.Throws<RecipeException>(() => script.Evaluate("while(true){}", "steps[0].loop"));

        var value = script.Evaluate("1 + 1", "steps[1].sum");

        Assert.Equal(2, value!.GetValue<int>());
    }

    // Checks run inside the engine, so they hold whatever Evaluate does with a script's result.
    private static string HostChecks(string expectedEmail, string encoded) => $$"""
        const id = uuid();
        if (!/^[0-9abcdefghjkmnpqrstvwxyz]{26}$/.test(id)) throw new Error('uuid gave ' + id);
        if (uuid() === id) throw new Error('uuid repeated ' + id);
        if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(new Date().toISOString())) throw new Error('toISOString');
        if (variables('menu').items.length !== 3) throw new Error('variables');
        if (parameters('adminEmail') !== '{{expectedEmail}}') throw new Error('parameters gave ' + parameters('adminEmail'));
        if (configuration('Site:Name', 'fallback') !== 'CrmSite Karachi') throw new Error('configuration');
        if (configuration('Site:Missing', 'fallback') !== 'fallback') throw new Error('configuration fallback');
        if (base64('{{encoded}}') !== 'خوش آمدید') throw new Error('base64');
        null;
        """;

    private static RecipeScript Script(string recipeName = "test", JsonObject? variables = null,
        Dictionary<string, string>? parameters = null) =>
        new(recipeName, variables ?? [], parameters ?? [], Configuration);
}

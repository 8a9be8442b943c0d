using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.Hosting;

/// <summary>The recipe commands of the built site, run as a user runs them.</summary>
public sealed class CliTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private readonly string _dataPath = Directory.CreateTempSubdirectory("crmsite-cli-").FullName;
    private readonly Dictionary<string, string> _environment = new()
    {
        ["CRMSITE_ADMIN_USER"] = SiteFactory.AdminUser,
        ["CRMSITE_ADMIN_PASSWORD"] = SiteFactory.AdminPassword,
    };

    [Fact]
    public async Task ExportWritesARecipeToStandardOutput_ThatTheImportReportsUnchanged()
    {
        var recipe = Path.Combine(_dataPath, "leaflets.recipe.json");
        await File.WriteAllTextAsync(recipe, """
            { "name": "leaflets", "steps": [
              { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Leaflet", "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] } ] },
              { "name": "Content", "data": [
                { "ContentItemId": "[js: uuid()]", "ContentType": "Leaflet", "TitlePart": { "Title": "Birth registration" } },
                { "ContentItemId": "[js: uuid()]", "ContentType": "Leaflet", "TitlePart": { "Title": "پیدائش کا اندراج" } } ] } ] }
            """);
        using (var import = SiteProcess.Start(_dataPath, _environment, "recipes", "import", recipe))
        {
            Assert.True(await import.WaitForExitAsync(Timeout) == 0, import.Output);
        }

        using var export = SiteProcess.Start(_dataPath, _environment, "recipes", "export", "--types", "Leaflet");
        Assert.True(await export.WaitForExitAsync(Timeout) == 0, export.Output);
        var exported = JsonNode.Parse(export.StandardOutput)!.AsObject();
        var exportFile = Path.Combine(_dataPath, "export.recipe.json");
        await File.WriteAllTextAsync(exportFile, export.StandardOutput);
        using var reimport = SiteProcess.Start(_dataPath, _environment, "recipes", "import", exportFile);
        Assert.True(await reimport.WaitForExitAsync(Timeout) == 0, reimport.Output);

        var items = exported["steps"]![1]!["data"]!.AsArray();
        Assert.Equal(2, items.Count);
        Assert.Contains(items, i => i!["DisplayText"]!.GetValue<string>() == "پیدائش کا اندراج");
        Assert.Contains(reimport.Lines, l => l.Contains("2 unchanged", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_ExitsNonZeroAndNamesTheStep_WhenRecipeIsBad()
    {
        var recipe = Path.Combine(_dataPath, "bad.recipe.json");
        await File.WriteAllTextAsync(recipe, """{ "name": "bad", "steps": [ { "name": "Content", "data": [ { "ContentType": "Nope" } ] } ] }""");

        using var import = SiteProcess.Start(_dataPath, _environment, "recipes", "import", recipe);
        var exitCode = await import.WaitForExitAsync(Timeout);

        Assert.Equal(1, exitCode);
        Assert.Contains(import.Lines, l => l.StartsWith("error: Step 1 'Content'", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataPath, recursive: true);
    }
}

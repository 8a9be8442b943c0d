using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CrmSite.Tests.Integration.Hosting;

public sealed class CrashRecoveryTests : IDisposable
{
    private const int ItemCount = 10_000;
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(4);
    private readonly string _dataPath = Directory.CreateTempSubdirectory("crmsite-crash-").FullName;
    private readonly Dictionary<string, string> _environment = new()
    {
        ["CRMSITE_ADMIN_USER"] = SiteFactory.AdminUser,
        ["CRMSITE_ADMIN_PASSWORD"] = SiteFactory.AdminPassword,
    };

    [Fact]
    public async Task Import_LeavesConsistentStoreAndReRuns_WhenProcessIsKilledMidImport()
    {
        var recipe = Path.Combine(_dataPath, "big.recipe.json");
        await File.WriteAllTextAsync(recipe, BigRecipe());

        using (var doomed = SiteProcess.Start(_dataPath, _environment, "recipes", "import", recipe))
        {
            // The first progress line: most of the import (about a second of work) is still ahead.
            await doomed.WaitForLineAsync(l => l.Contains($"imported 1000 of {ItemCount}", StringComparison.Ordinal), Generous);
            doomed.Kill();
            await doomed.WaitForExitAsync(TimeSpan.FromSeconds(30));
            Assert.DoesNotContain(doomed.Lines, l => l.StartsWith("Imported 'big'", StringComparison.Ordinal));
        }
        var (integrity, itemsAfterCrash) = Inspect();
        using var rerun = SiteProcess.Start(_dataPath, _environment, "recipes", "import", recipe);
        var exitCode = await rerun.WaitForExitAsync(Generous);
        var (_, itemsAfterRerun) = Inspect();

        Assert.Equal("ok", integrity);
        Assert.Equal(0, itemsAfterCrash);
        Assert.True(exitCode == 0, rerun.Output);
        Assert.Equal(ItemCount, itemsAfterRerun);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataPath, recursive: true);
    }

    private (string Integrity, long Items) Inspect()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_dataPath, "crmsite.db")};Pooling=False");
        connection.Open();
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        var integrity = (string)check.ExecuteScalar()!;
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM ContentItems WHERE ContentType = 'Leaflet' AND Latest";
        return (integrity, (long)count.ExecuteScalar()!);
    }

    private static string BigRecipe()
    {
        var items = new JsonArray();
        for (var i = 0; i < ItemCount; i++)
        {
            items.Add(new JsonObject
            {
                ["ContentItemId"] = $"leaflet{i:D19}",
                ["ContentType"] = "Leaflet",
                ["TitlePart"] = new JsonObject { ["Title"] = $"Leaflet {i}" },
                ["Leaflet"] = new JsonObject { ["Copies"] = new JsonObject { ["Value"] = i } },
            });
        }
        var recipe = new JsonObject
        {
            ["name"] = "big",
            ["steps"] = new JsonArray
            {
                JsonNode.Parse("""
                    { "name": "ContentDefinition",
                      "ContentTypes": [ { "Name": "Leaflet", "ContentTypePartDefinitionRecords": [
                        { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "Leaflet", "Name": "Leaflet" } ] } ],
                      "ContentParts": [ { "Name": "Leaflet", "ContentPartFieldDefinitionRecords": [
                        { "FieldName": "NumericField", "Name": "Copies" } ] } ] }
                    """),
                new JsonObject { ["name"] = "Content", ["data"] = items },
            },
        };
        return recipe.ToJsonString();
    }
}

using CrmSite.Content.Management;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.Seed;

/// <summary>Importing the setup recipe again, with every recipe it runs, changes nothing on a site it set up.</summary>
public abstract class ReimportTests(SiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task SetupRecipe_ChangesNothing_WhenImportedAgain()
    {
        var path = RepositoryFiles.Recipe("crm-setup.recipe.json");
        var before = await Site.SnapshotAsync();

        var result = await Site.ImportAsync(File.ReadAllText(path), "crm-setup.recipe.json", Path.GetDirectoryName(path));

        Assert.True(result.Items.GetValueOrDefault(nameof(ImportOutcome.Unchanged)) > 30, $"items: {string.Join(", ", result.Items)}");
        Assert.Empty(result.Warnings);
        Assert.Equal(0, result.Items.GetValueOrDefault(nameof(ImportOutcome.Created)));
        Assert.Equal(0, result.Items.GetValueOrDefault(nameof(ImportOutcome.NewVersion)));
        Assert.Equal(0, result.Items.GetValueOrDefault(nameof(ImportOutcome.Replaced)));
        Assert.Equal(before, await Site.SnapshotAsync());
    }
}

public sealed class ReimportSqliteTests(SqliteSite fixture) : ReimportTests(fixture), IClassFixture<SqliteSite>;

public sealed class ReimportPostgresTests(PostgresSite fixture) : ReimportTests(fixture), IClassFixture<PostgresSite>;

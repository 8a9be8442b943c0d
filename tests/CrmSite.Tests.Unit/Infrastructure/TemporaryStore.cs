using CrmSite.Content.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Tests.Unit.Infrastructure;

/// <summary>
/// A real SQLite store file in a temporary folder, created with the full schema, for a test class to fill once and
/// read; deleted with the fixture.
/// </summary>
public abstract class TemporaryStore : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("crmsite-unit-").FullName;

    protected TemporaryStore()
    {
        using var db = Open();
        db.Database.EnsureCreated();
    }

    public SqliteCrmSiteDbContext Open() => new(
        new DbContextOptionsBuilder<SqliteCrmSiteDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, "store.db")}")
            .Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}

using Microsoft.EntityFrameworkCore;

namespace CrmSite.Content.Store;

/// <summary>The store on SQLite; its own type so that its migrations stay apart from PostgreSQL's.</summary>
public sealed class SqliteCrmSiteDbContext(DbContextOptions<SqliteCrmSiteDbContext> options) : CrmSiteDbContext(options);

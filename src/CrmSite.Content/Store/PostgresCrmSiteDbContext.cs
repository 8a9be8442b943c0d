using Microsoft.EntityFrameworkCore;

namespace CrmSite.Content.Store;

/// <summary>The store on PostgreSQL; its own type so that its migrations stay apart from SQLite's.</summary>
public sealed class PostgresCrmSiteDbContext(DbContextOptions<PostgresCrmSiteDbContext> options) : CrmSiteDbContext(options);

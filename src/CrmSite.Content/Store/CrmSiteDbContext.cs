using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CrmSite.Content.Store;

/// <summary>
/// The one store: content versions, the field index, documents, the indexing-task log, audit events, users and
/// roles, plus the tables modules contribute. Each provider has its own subclass and migration set.
/// </summary>
public abstract class CrmSiteDbContext(DbContextOptions options)
    : IdentityDbContext<CrmUser, CrmRole, string>(options), IDataProtectionKeyContext
{
    /// <summary>ASP.NET Core data-protection keys (cookies, antiforgery), shared by every node of the site.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<ContentItemRecord> ContentItems => Set<ContentItemRecord>();
    public DbSet<FieldIndexRecord> FieldIndex => Set<FieldIndexRecord>();
    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();
    public DbSet<IndexingTaskRecord> IndexingTasks => Set<IndexingTaskRecord>();
    public DbSet<AuditEventRecord> AuditEvents => Set<AuditEventRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<ContentItemRecord>(e =>
        {
            e.ToTable("ContentItems");
            e.Property(x => x.ContentItemId).HasMaxLength(26);
            e.Property(x => x.ContentItemVersionId).HasMaxLength(26);
            e.Property(x => x.ContentType).HasMaxLength(255);
            e.Property(x => x.DisplayText).HasMaxLength(1024);
            e.Property(x => x.Owner).HasMaxLength(255);
            e.Property(x => x.Author).HasMaxLength(255);
            e.HasIndex(x => x.ContentItemVersionId).IsUnique();
            e.HasIndex(x => new { x.ContentItemId, x.Number }).IsUnique();
            // The store itself guarantees at most one latest and one published version per item.
            e.HasIndex(x => x.ContentItemId, "IX_ContentItems_Latest").IsUnique().HasFilter("\"Latest\"");
            e.HasIndex(x => x.ContentItemId, "IX_ContentItems_Published").IsUnique().HasFilter("\"Published\"");
            e.HasIndex(x => new { x.ContentType, x.Published, x.Latest });
            // The admin lists (type, latest or published, one of three orders, paged): walking one of these in order stops
            // after a page, where any other plan sorts every match. Id is the order's tiebreaker.
            e.HasIndex(x => new { x.ContentType, x.ModifiedUtc, x.Id }, "IX_ContentItems_Latest_ContentType_ModifiedUtc").HasFilter("\"Latest\"");
            e.HasIndex(x => new { x.ContentType, x.ModifiedUtc, x.Id }, "IX_ContentItems_Published_ContentType_ModifiedUtc").HasFilter("\"Published\"");
            e.HasIndex(x => new { x.ContentType, x.CreatedUtc, x.Id }, "IX_ContentItems_Latest_ContentType_CreatedUtc").HasFilter("\"Latest\"");
            e.HasIndex(x => new { x.ContentType, x.CreatedUtc, x.Id }, "IX_ContentItems_Published_ContentType_CreatedUtc").HasFilter("\"Published\"");
            e.HasIndex(x => new { x.ContentType, x.DisplayText, x.Id }, "IX_ContentItems_Latest_ContentType_DisplayText").HasFilter("\"Latest\"");
            e.HasIndex(x => new { x.ContentType, x.DisplayText, x.Id }, "IX_ContentItems_Published_ContentType_DisplayText").HasFilter("\"Published\"");
        });

        builder.Entity<FieldIndexRecord>(e =>
        {
            e.ToTable("FieldIndex");
            e.Property(x => x.ContentItemId).HasMaxLength(26);
            e.Property(x => x.ContentItemVersionId).HasMaxLength(26);
            e.Property(x => x.ContentType).HasMaxLength(255);
            e.Property(x => x.PartName).HasMaxLength(255);
            e.Property(x => x.FieldName).HasMaxLength(255);
            e.Property(x => x.Text).HasMaxLength(2048);
            e.Property(x => x.Number).HasPrecision(28, 8);
            e.HasIndex(x => x.ContentItemVersionId);
            // The version id last: a filter "this version has this value" is then one probe of the index alone.
            e.HasIndex(x => new { x.ContentType, x.PartName, x.FieldName, x.Text, x.ContentItemVersionId }, "IX_FieldIndex_ContentType_PartName_FieldName_Text_Version");
            e.HasIndex(x => new { x.ContentType, x.PartName, x.FieldName, x.Number });
            e.HasIndex(x => new { x.ContentType, x.PartName, x.FieldName, x.Date });
            e.HasOne<ContentItemRecord>().WithMany().HasForeignKey(x => x.ContentItemVersionId)
                .HasPrincipalKey(x => x.ContentItemVersionId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<DocumentRecord>(e =>
        {
            e.ToTable("Documents");
            e.HasKey(x => x.Name);
            e.Property(x => x.Name).HasMaxLength(255);
            e.Property(x => x.Version).IsConcurrencyToken();
        });

        builder.Entity<IndexingTaskRecord>(e =>
        {
            e.ToTable("IndexingTasks");
            e.Property(x => x.ContentItemId).HasMaxLength(26);
        });

        builder.Entity<AuditEventRecord>(e =>
        {
            e.ToTable("AuditEvents");
            e.Property(x => x.EventName).HasMaxLength(64);
            e.Property(x => x.ContentItemId).HasMaxLength(26);
            e.Property(x => x.ContentItemVersionId).HasMaxLength(26);
            e.Property(x => x.ContentType).HasMaxLength(255);
            e.Property(x => x.UserName).HasMaxLength(256);
            e.HasIndex(x => x.ContentItemId);
            e.HasIndex(x => x.CreatedUtc);
        });

        var contributors = this.GetService<IDbContextOptions>().FindExtension<StoreModelExtension>()?.Contributors ?? [];
        foreach (var contributor in contributors)
        {
            contributor.Configure(builder);
        }
    }
}

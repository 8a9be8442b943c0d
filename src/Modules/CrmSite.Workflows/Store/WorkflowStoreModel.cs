using CrmSite.Content.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Workflows.Store;

/// <summary>Adds the workflow instance tables to the store (types are a document, as Orchard keeps them).</summary>
public sealed class WorkflowStoreModel : IStoreModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WorkflowRecord>(e =>
        {
            e.ToTable("Workflows");
            e.Property(x => x.WorkflowId).HasMaxLength(26);
            e.Property(x => x.WorkflowTypeId).HasMaxLength(26);
            e.Property(x => x.CorrelationId).HasMaxLength(255);
            e.Property(x => x.StartedBy).HasMaxLength(255);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.WorkflowId).IsUnique();
            e.HasIndex(x => new { x.WorkflowTypeId, x.Status });
            e.HasIndex(x => new { x.Status, x.UpdatedUtc });
            e.HasIndex(x => x.CorrelationId);
        });
        modelBuilder.Entity<BlockingActivityRecord>(e =>
        {
            e.ToTable("WorkflowBlockingActivities");
            e.Property(x => x.WorkflowId).HasMaxLength(26);
            e.Property(x => x.WorkflowTypeId).HasMaxLength(26);
            e.Property(x => x.ActivityId).HasMaxLength(64);
            e.Property(x => x.ActivityName).HasMaxLength(128);
            e.Property(x => x.CorrelationId).HasMaxLength(255);
            e.HasIndex(x => new { x.ActivityName, x.CorrelationId });
            e.HasIndex(x => x.WorkflowId);
            e.HasOne<WorkflowRecord>().WithMany().HasForeignKey(x => x.WorkflowId).HasPrincipalKey(x => x.WorkflowId)
                .OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<WorkflowTimerRecord>(e =>
        {
            e.ToTable("WorkflowTimers");
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasMaxLength(128);
        });
        modelBuilder.Entity<LockLeaseRecord>(e =>
        {
            e.ToTable("LockLeases");
            e.HasKey(x => x.Name);
            e.Property(x => x.Name).HasMaxLength(128);
            e.Property(x => x.Owner).HasMaxLength(64);
        });
    }
}

using System.Security.Cryptography;
using System.Text.Json;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Content.Store;
using CrmSite.Workflows.Engine;
using CrmSite.Workflows.Model;
using CrmSite.Workflows.Store;
using CrmSite.Workflows.Triggers;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Workflows.Admin;

/// <summary>
/// Changes to workflow types from the admin: each is checked, saved with its audit record in one transaction, and
/// a type is deleted with its instances. An edit carries the stamp of the type it started from, so that saving
/// over someone else's change is refused once.
/// </summary>
public sealed class WorkflowTypeAdministration(
    WorkflowTypeStore types,
    WorkflowTypeValidator validator,
    WorkflowAudit audit,
    CrmSiteDbContext db)
{
    /// <summary>The member of the error that says the type changed meanwhile.</summary>
    public const string StaleMember = "concurrencyStamp";

    /// <summary>A stamp of the type as it is stored: it changes whenever anything in the type does.</summary>
    public static string Stamp(WorkflowType type) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(type, ContentJson.SerializerOptions)))[..20];

    /// <summary>Saves <paramref name="changed"/> types (checked), auditing each; the errors when any is refused.</summary>
    public async Task<IReadOnlyList<ContentError>> SaveAsync(IReadOnlyList<WorkflowType> changed, string? userName, CancellationToken cancellationToken)
    {
        var errors = changed.SelectMany(validator.Validate).ToList();
        if (errors.Count > 0)
        {
            return errors;
        }
        await InTransactionAsync(async () =>
        {
            await types.SaveAsync(changed, cancellationToken);
            foreach (var type in changed)
            {
                await audit.RecordAsync(WorkflowAudit.TypeSaved, userName, null, $"{type.Name} ({type.WorkflowTypeId})", cancellationToken);
            }
        }, cancellationToken);
        return [];
    }

    /// <summary>Saves an edit of a stored type, refused when the type changed since <paramref name="stamp"/> was read.</summary>
    public async Task<IReadOnlyList<ContentError>> SaveEditAsync(WorkflowType edited, string? stamp, string? userName, CancellationToken cancellationToken)
    {
        var stored = await types.GetAsync(edited.WorkflowTypeId, cancellationToken);
        if (stored is not null && stamp != Stamp(stored))
        {
            return [new ContentError(StaleMember, $"Someone else changed this workflow type after you opened it. Your text is kept below; save again to replace their change.")];
        }
        return await SaveAsync([edited], userName, cancellationToken);
    }

    /// <summary>Deletes the type and every instance of it; false when there is no such type.</summary>
    public async Task<bool> DeleteAsync(string workflowTypeId, string? userName, CancellationToken cancellationToken)
    {
        if (await types.GetAsync(workflowTypeId, cancellationToken) is not { } type)
        {
            return false;
        }
        var deleted = false;
        await InTransactionAsync(async () =>
        {
            deleted = await types.DeleteAsync(workflowTypeId, cancellationToken);
            if (!deleted)
            {
                return;
            }
            await db.Set<BlockingActivityRecord>().Where(b => b.WorkflowTypeId == workflowTypeId).ExecuteDeleteAsync(cancellationToken);
            var instances = await db.Set<WorkflowRecord>().Where(w => w.WorkflowTypeId == workflowTypeId).ExecuteDeleteAsync(cancellationToken);
            await audit.RecordAsync(WorkflowAudit.TypeDeleted, userName, null, $"{type.Name} ({type.WorkflowTypeId}), {instances} instances", cancellationToken);
        }, cancellationToken);
        return deleted;
    }

    private async Task InTransactionAsync(Func<Task> work, CancellationToken cancellationToken)
    {
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await work();
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }
}

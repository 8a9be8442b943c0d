using CrmSite.Content.Management;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Content.Store;

/// <summary>Runs a content change in a transaction of its own, or in the caller's when one is open (recipes).</summary>
internal static class StoreTransaction
{
    public static async Task<ContentResult> RunAsync(CrmSiteDbContext db, Func<Task<ContentResult>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            // The caller owns the transaction: it commits or rolls back the whole unit, this change included.
            return await work();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var result = await work();
            if (result.Succeeded)
            {
                await transaction.CommitAsync(cancellationToken);
            }
            else
            {
                await transaction.RollbackAsync(cancellationToken);
            }
            return result;
        }
        catch (Exception e) when (e is DbUpdateException || IsUniqueViolation(e))
        {
            // A unique index (one latest, one published, one version number per item) stopped a concurrent writer.
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return ContentResult.Fail(ContentFailure.Conflict, new ContentError("ContentItemId",
                $"Another change to this item was saved at the same time; reload and try again. ({e.GetType().Name})"));
        }
    }

    /// <summary>A unique index refused a row written with a raw command (not through the change tracker).</summary>
    internal static bool IsUniqueViolation(Exception e) => e switch
    {
        Npgsql.PostgresException pg => pg.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        _ => false,
    };
}

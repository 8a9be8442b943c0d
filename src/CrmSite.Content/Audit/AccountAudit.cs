using CrmSite.Content.Store;

namespace CrmSite.Content.Audit;

/// <summary>
/// Records what happens to accounts (sign-in, a failed sign-in, sign-out, a password change) in the audit trail,
/// beside the content events. Never records a password or any other secret: the user name as typed (cut to 255
/// characters) and the caller's address only.
/// </summary>
public sealed class AccountAudit(CrmSiteDbContext db, TimeProvider clock)
{
    public const string SignedIn = "SignedIn";
    public const string SignInFailed = "SignInFailed";
    public const string SignedOut = "SignedOut";
    public const string PasswordChanged = "PasswordChanged";

    public async Task RecordAsync(string eventName, string? userName, string? remoteAddress, CancellationToken cancellationToken = default)
    {
        var record = new AuditEventRecord
        {
            EventName = eventName,
            UserName = userName is null ? null : IndexText.Bound(userName, 255),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            Details = remoteAddress is null ? null : "from " + remoteAddress,
        };
        db.AuditEvents.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(record).State = Microsoft.EntityFrameworkCore.EntityState.Detached;
    }
}

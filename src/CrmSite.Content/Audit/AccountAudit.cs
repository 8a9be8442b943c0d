using CrmSite.Content.Store;

namespace CrmSite.Content.Audit;

/// <summary>
/// Records what happens to accounts (sign-in, a failed sign-in, sign-out, a password change, a change of roles,
/// chapter scopes or status by an administrator) in the audit trail,
/// beside the content events. Never records a password or any other secret: the user name as typed (cut to 255
/// characters) and the caller's address only.
/// </summary>
public sealed class AccountAudit(CrmSiteDbContext db, TimeProvider clock)
{
    public const string SignedIn = "SignedIn";
    public const string SignInFailed = "SignInFailed";
    public const string SignedOut = "SignedOut";
    public const string PasswordChanged = "PasswordChanged";
    public const string UserChanged = "UserChanged";
    public const string RoleChanged = "RoleChanged";

    /// <summary>An account event of <paramref name="userName"/>, seen from <paramref name="remoteAddress"/>.</summary>
    public Task RecordAsync(string eventName, string? userName, string? remoteAddress, CancellationToken cancellationToken = default) =>
        WriteAsync(eventName, userName, remoteAddress is null ? null : "from " + remoteAddress, cancellationToken);

    /// <summary>A change <paramref name="actor"/> made to an account, described by <paramref name="what"/> (never a secret).</summary>
    public Task RecordChangeAsync(string eventName, string? actor, string what, CancellationToken cancellationToken = default) =>
        WriteAsync(eventName, actor, what, cancellationToken);

    private async Task WriteAsync(string eventName, string? userName, string? details, CancellationToken cancellationToken)
    {
        var record = new AuditEventRecord
        {
            EventName = eventName,
            UserName = userName is null ? null : IndexText.Bound(userName, 255),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            Details = details,
        };
        db.AuditEvents.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(record).State = Microsoft.EntityFrameworkCore.EntityState.Detached;
    }
}

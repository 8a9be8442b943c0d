using System.Security.Claims;
using CrmSite.Content.Audit;
using CrmSite.Content.Management;
using CrmSite.Content.Security;
using CrmSite.Content.Store;
using CrmSite.Identity.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Identity.Users;

/// <summary>A user as the users pages show it.</summary>
public sealed record UserSummary(string Id, string UserName, string? Email, IReadOnlyList<string> Roles, IReadOnlyList<string> ChapterScopes,
    bool Enabled, bool LockedOut, string ConcurrencyStamp);

/// <summary>A chapter a user may be scoped to.</summary>
public sealed record ChapterChoice(string ContentItemId, string DisplayText);

/// <summary>What an administrator asks to change on a user.</summary>
public sealed record UserChange(IReadOnlyCollection<string> Roles, IReadOnlyCollection<string> ChapterScopes, bool Enabled, string ConcurrencyStamp);

/// <summary>
/// Users as ManageUsers sees them: list, roles, chapter scopes, enabled or disabled. A change is refused when the
/// user was changed since the page was read (the Identity concurrency stamp), names only roles and chapters that
/// exist, cannot disable or demote the administrator making it, and is written to the audit trail with what changed.
/// Disabling ends the user's sessions within a minute (security stamp); role and scope changes reach open sessions
/// at the next stamp check, when the cookie is issued again with the new claims.
/// </summary>
public sealed class UserAdministration(UserManager<CrmUser> users, RoleManager<CrmRole> roles, ContentReader content, AccountAudit audit)
{
    public async Task<IReadOnlyList<UserSummary>> ListAsync(string? search, CancellationToken cancellationToken = default)
    {
        var query = users.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var normalized = search.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedUserName!.Contains(normalized) || (u.NormalizedEmail != null && u.NormalizedEmail.Contains(normalized)));
        }
        var list = await query.OrderBy(u => u.NormalizedUserName).Take(200).ToListAsync(cancellationToken);
        var summaries = new List<UserSummary>(list.Count);
        foreach (var user in list)
        {
            summaries.Add(await SummaryAsync(user));
        }
        return summaries;
    }

    public async Task<UserSummary?> FindAsync(string id) => await users.FindByIdAsync(id) is { } user ? await SummaryAsync(user) : null;

    /// <summary>The roles that can be given (Anonymous and Authenticated apply by themselves).</summary>
    public async Task<IReadOnlyList<string>> AssignableRolesAsync(CancellationToken cancellationToken = default) =>
        (await roles.Roles.AsNoTracking().Select(r => r.Name!).ToListAsync(cancellationToken))
            .Where(r => r is not RoleNames.Anonymous and not RoleNames.Authenticated).Order(StringComparer.OrdinalIgnoreCase).ToList();

    public async Task<IReadOnlyList<ChapterChoice>> ChaptersAsync(CancellationToken cancellationToken = default) =>
        (await content.ListAsync("Chapter", VersionOptions.Latest, cancellationToken))
            .Select(c => new ChapterChoice(c.ContentItemId, c.DisplayText ?? c.ContentItemId)).OrderBy(c => c.DisplayText, StringComparer.CurrentCulture).ToList();

    /// <summary>Applies <paramref name="change"/>; the errors name the form field they belong to.</summary>
    public async Task<IReadOnlyList<ContentError>> UpdateAsync(string id, UserChange change, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return [new ContentError("id", $"This user no longer exists.")];
        }
        if (user.ConcurrencyStamp != change.ConcurrencyStamp)
        {
            return [new ContentError("concurrencyStamp", $"Someone else changed this user after you opened the page; here is the user as it is now. Make your change again.")];
        }
        var errors = new List<ContentError>();
        var assignable = (await AssignableRolesAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        errors.AddRange(change.Roles.Where(r => !assignable.Contains(r)).Select(r => new ContentError("roles", $"There is no role '{r}'.")));
        var chapters = (await ChaptersAsync(cancellationToken)).Select(c => c.ContentItemId).ToHashSet(StringComparer.Ordinal);
        errors.AddRange(change.ChapterScopes.Where(c => !chapters.Contains(c)).Select(c => new ContentError("chapterScopes", $"There is no chapter '{c}'.")));
        var self = users.GetUserId(actor) == user.Id;
        if (self && !change.Enabled)
        {
            errors.Add(new ContentError("enabled", $"You cannot disable your own account."));
        }
        var before = await SummaryAsync(user);
        if (self && before.Roles.Contains(RoleNames.Administrator, StringComparer.OrdinalIgnoreCase) && !change.Roles.Contains(RoleNames.Administrator, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add(new ContentError("roles", $"You cannot take the Administrator role from yourself."));
        }
        if (errors.Count > 0)
        {
            return errors;
        }

        var addRoles = change.Roles.Except(before.Roles, StringComparer.OrdinalIgnoreCase).ToList();
        var removeRoles = before.Roles.Except(change.Roles, StringComparer.OrdinalIgnoreCase).ToList();
        var addScopes = change.ChapterScopes.Except(before.ChapterScopes, StringComparer.Ordinal).ToList();
        var removeScopes = before.ChapterScopes.Except(change.ChapterScopes, StringComparer.Ordinal).ToList();
        var results = new List<IdentityResult>();
        if (addRoles.Count > 0)
        {
            results.Add(await users.AddToRolesAsync(user, addRoles));
        }
        if (removeRoles.Count > 0)
        {
            results.Add(await users.RemoveFromRolesAsync(user, removeRoles));
        }
        if (addScopes.Count > 0)
        {
            results.Add(await users.AddClaimsAsync(user, addScopes.Select(s => new Claim(ChapterScope.ClaimType, s))));
        }
        if (removeScopes.Count > 0)
        {
            results.Add(await users.RemoveClaimsAsync(user, removeScopes.Select(s => new Claim(ChapterScope.ClaimType, s))));
        }
        if (change.Enabled != before.Enabled)
        {
            user.LockoutEnabled = true;
            user.LockoutEnd = change.Enabled ? null : DateTimeOffset.MaxValue;
            results.Add(await users.UpdateAsync(user));
            // The stamp check does not look at lockout: a new stamp is what ends the disabled user's sessions.
            results.Add(await users.UpdateSecurityStampAsync(user));
        }
        if (results.FirstOrDefault(r => !r.Succeeded) is { } failed)
        {
            return [.. failed.Errors.Select(e => ContentError.Verbatim(e.Code.Contains("Concurrency", StringComparison.Ordinal) ? "concurrencyStamp" : "roles", e.Description))];
        }
        var what = Describe(user.UserName!, addRoles, removeRoles, addScopes, removeScopes, change.Enabled == before.Enabled ? null : change.Enabled);
        if (what is not null)
        {
            await audit.RecordChangeAsync(AccountAudit.UserChanged, actor.Identity?.Name, what, cancellationToken);
        }
        return [];
    }

    private static string? Describe(string userName, List<string> addRoles, List<string> removeRoles, List<string> addScopes, List<string> removeScopes, bool? enabled)
    {
        var parts = new List<string>();
        parts.AddRange(addRoles.Select(r => "+role " + r));
        parts.AddRange(removeRoles.Select(r => "-role " + r));
        parts.AddRange(addScopes.Select(s => "+scope " + s));
        parts.AddRange(removeScopes.Select(s => "-scope " + s));
        if (enabled is { } e)
        {
            parts.Add(e ? "enabled" : "disabled");
        }
        return parts.Count == 0 ? null : $"user {userName}: {string.Join(", ", parts)}";
    }

    private async Task<UserSummary> SummaryAsync(CrmUser user)
    {
        var userRoles = (await users.GetRolesAsync(user)).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var scopes = (await users.GetClaimsAsync(user)).Where(c => c.Type == ChapterScope.ClaimType).Select(c => c.Value).Order(StringComparer.Ordinal).ToList();
        var disabled = user.LockoutEnd == DateTimeOffset.MaxValue;
        var locked = !disabled && user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow;
        return new UserSummary(user.Id, user.UserName!, user.Email, userRoles, scopes, !disabled, locked, user.ConcurrencyStamp ?? "");
    }
}

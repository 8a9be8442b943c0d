using CrmSite.Content.Security;
using CrmSite.Content.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Secretariats.Workflows;

/// <summary>Who election mail goes to: a submitter by user id, and a chapter as the users scoped to it.</summary>
public sealed class ElectionPeople(CrmSiteDbContext db)
{
    public Task<string?> EmailOfAsync(string userId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The addresses of the users holding a chapter scope for <paramref name="chapterId"/>, comma-separated.</summary>
    public async Task<string> ChapterRecipientsAsync(string chapterId, CancellationToken cancellationToken)
    {
        var emails = await (from claim in db.UserClaims.AsNoTracking()
                            join user in db.Users.AsNoTracking() on claim.UserId equals user.Id
                            where claim.ClaimType == ChapterScope.ClaimType && claim.ClaimValue == chapterId && user.Email != null
                            orderby user.Email
                            select user.Email).Distinct().ToListAsync(cancellationToken);
        return string.Join(", ", emails);
    }
}

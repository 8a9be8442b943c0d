using System.Text.Json.Nodes;
using CrmSite.Content.Management;
using CrmSite.Content.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Content.Fields;

/// <summary>An AutoroutePart path may belong to one item only (among latest and published versions).</summary>
public sealed class UniquePathValidator(CrmSiteDbContext db) : IContentValidator
{
    public async Task ValidateAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        var typePart = context.Type.Parts.Find(p => p.PartName == BuiltInParts.AutoroutePart);
        if (typePart is null || context.Item.Part(typePart.Name)?["Path"] is not JsonValue value ||
            !value.TryGetValue<string>(out var path) || string.IsNullOrEmpty(path))
        {
            return;
        }
        if (db.Database.IsNpgsql())
        {
            // Two transactions could each find the path free and both take it; one lock per path, held to the
            // end of the transaction, makes the second wait and then see the first. (SQLite writers are serial.)
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock(hashtext({path}))", cancellationToken);
        }
        var itemId = context.Item.ContentItemId;
        var taken = await (
            from field in db.FieldIndex
            join version in db.ContentItems on field.ContentItemVersionId equals version.ContentItemVersionId
            where field.PartName == typePart.Name && field.FieldName == "Path" && field.Text == path &&
                  field.ContentItemId != itemId && (version.Latest || version.Published)
            select field.ContentItemId).FirstOrDefaultAsync(cancellationToken);
        if (taken is not null)
        {
            context.AddError("AutoroutePart.Path", $"The path '{path}' is already used by item {taken}.");
        }
    }
}

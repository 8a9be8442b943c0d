using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CrmSite.Content.Audit;
using CrmSite.Content.Definitions;
using CrmSite.Content.Fields;
using CrmSite.Content.Items;
using CrmSite.Content.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Admin.Definitions;

/// <summary>
/// Changes the definitions from the admin pages: into the same document the recipes write, in one transaction
/// with its audit event, and only when the type or part is still the one the form was made from (its
/// <see cref="Stamp"/>), so two administrators never overwrite each other unseen.
/// </summary>
public sealed partial class DefinitionEditing(ContentDefinitionManager definitions, CrmSiteDbContext db, AccountAudit audit)
{
    public const string ContentTypeChanged = "ContentTypeChanged";
    public const string ContentFieldAdded = "ContentFieldAdded";
    public const string ContentFieldChanged = "ContentFieldChanged";

    /// <summary>A short hash of a type or part as stored: the form carries it, a save compares it.</summary>
    public static string Stamp(object definition) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(definition, ContentJson.SerializerOptions))))[..16];

    public Task<DefinitionSaveResult> UpdateTypeAsync(string typeName, string stamp, TypeSettingsForm form, ClaimsPrincipal actor,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(all => all.FindType(typeName), stamp, ContentTypeChanged, type =>
        {
            var changed = form.ApplyTo(type);
            return (changed.Count == 0 ? null : $"type {type.Name}: {string.Join(", ", changed)}", null);
        }, actor, cancellationToken);

    public Task<DefinitionSaveResult> UpdateFieldAsync(string partName, string fieldName, string stamp, FieldSettingsForm form, ClaimsPrincipal actor,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(all => all.FindPart(partName), stamp, ContentFieldChanged, part =>
        {
            if (part.FindField(fieldName) is not { } field)
            {
                return (null, DefinitionSaveResult.Invalid("field", $"The part {part.Name} has no field '{fieldName}' any more."));
            }
            if (form.Validate(field.FieldName) is { Count: > 0 } errors)
            {
                return (null, new DefinitionSaveResult(false, errors));
            }
            var changed = form.ApplyTo(field);
            return (changed.Count == 0 ? null : $"field {part.Name}.{field.Name}: {string.Join(", ", changed)}", null);
        }, actor, cancellationToken);

    /// <summary>Adds a field after the part's others; its settings are the common ones until its page sets more.</summary>
    public Task<DefinitionSaveResult> AddFieldAsync(string partName, string stamp, string? name, string? kind, string? displayName, ClaimsPrincipal actor,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(all => all.FindPart(partName), stamp, ContentFieldAdded, part =>
        {
            if (name is null || !TechnicalName().IsMatch(name))
            {
                return (null, DefinitionSaveResult.Invalid("fieldName", $"A technical name is 1 to 64 letters and digits, starting with a letter, such as PageCount."));
            }
            if (part.FindField(name) is not null)
            {
                // Not a typing slip but a clash with what is stored: 409, with the error beside the name.
                return (null, new DefinitionSaveResult(true, [new("fieldName", $"The part {part.Name} already has a field '{name}'.")]));
            }
            if (kind is null || FieldKinds.Find(kind) is not { } known)
            {
                return (null, DefinitionSaveResult.Invalid("kind", $"Choose one of the field kinds offered."));
            }
            var position = part.Fields.Count == 0 ? 0 : part.Fields.Max(f => FieldSettingsForm.Read(f).Position is { } p && int.TryParse(p, out var n) ? n : 0) + 1;
            var field = new ContentPartFieldDefinition { FieldName = known.Name, Name = name };
            field.Settings[FieldSettingsForm.CommonGroup] = new System.Text.Json.Nodes.JsonObject
            {
                ["DisplayName"] = TypeSettingsForm.Trimmed(displayName) ?? name,
                ["Position"] = position.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            field.Settings[known.Name + "Settings"] = new System.Text.Json.Nodes.JsonObject();
            part.Fields.Add(field);
            return ($"field {part.Name}.{name}: {known.Name} added", null);
        }, actor, cancellationToken);

    /// <summary>Finds the type or part, checks its stamp, changes it; <c>What</c> (null: nothing changed) is the audit event's text.</summary>
    private async Task<DefinitionSaveResult> ChangeAsync<T>(Func<ContentDefinitionDocument, T?> find, string stamp, string eventName,
        Func<T, (string? What, DefinitionSaveResult? Refused)> change, ClaimsPrincipal actor,
        CancellationToken cancellationToken) where T : class
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var document = await definitions.GetForUpdateAsync(cancellationToken);
            if (find(document) is not { } target || Stamp(target) != stamp)
            {
                return DefinitionSaveResult.Conflict;
            }
            var (what, refused) = change(target);
            if (refused is not null)
            {
                return refused;
            }
            if (what is not null)
            {
                await definitions.SaveAsync(document, cancellationToken);
                await audit.RecordChangeAsync(eventName, actor.Identity?.Name, what, cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            return DefinitionSaveResult.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another node saved the definitions between our read and our write.
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            definitions.Reset();
            return DefinitionSaveResult.Conflict;
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,63}$")]
    private static partial Regex TechnicalName();
}

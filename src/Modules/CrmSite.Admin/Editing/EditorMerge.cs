namespace CrmSite.Admin.Editing;

/// <summary>What another editor changed while a form was open, and which fields both changed.</summary>
public sealed record MergeResult(IReadOnlyList<FieldChange> TheirChanges, IReadOnlySet<string> BothChanged);

/// <summary>
/// The editor's three-way merge of a form made from one version (<c>original</c>) with the version saved meanwhile
/// (<c>theirs</c>): fields only the other editor changed take their value, fields only this editor changed keep
/// this editor's, and fields both changed keep this editor's (the page shows theirs beside it). Nothing is lost: the
/// form, saved again, holds both changes.
/// </summary>
public static class EditorMerge
{
    /// <summary>Merges into <paramref name="mine"/> and says what the other editor changed.</summary>
    public static MergeResult Merge(IReadOnlyList<EditorField> fields, EditorValues original, EditorValues theirs, EditorValues mine)
    {
        var changes = ContentDiff.Compare(fields, original, theirs);
        var both = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in changes.Select(c => c.Field))
        {
            if (mine.Same(original, field))
            {
                mine.Set(field.Key, [.. theirs.All(field.Key)]);
                mine.Set(field.LinkTextKey, [.. theirs.All(field.LinkTextKey)]);
            }
            else if (!mine.Same(theirs, field))
            {
                both.Add(field.Key);
            }
        }
        return new MergeResult(changes, both);
    }

    /// <summary>
    /// The field an error belongs to: its member ("FactSheet.Year"), or the field a deeper member
    /// ("FactSheet.Source.Url") is in; null for errors of the item as a whole.
    /// </summary>
    public static string? FieldFor(IReadOnlyList<EditorField> fields, string member)
    {
        for (var name = member; name.Length > 0; name = name.Contains('.', StringComparison.Ordinal) ? name[..name.LastIndexOf('.')] : "")
        {
            if (fields.FirstOrDefault(f => string.Equals(f.Key, name, StringComparison.OrdinalIgnoreCase)) is { } field)
            {
                return field.Key;
            }
        }
        return null;
    }
}

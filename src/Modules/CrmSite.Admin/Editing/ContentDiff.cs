using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace CrmSite.Admin.Editing;

/// <summary>A line of a text diff: kept, added or removed.</summary>
public sealed record DiffLine(ChangeType Change, string Text);

/// <summary>One field that differs between two versions, as an editor reads it.</summary>
public sealed record FieldChange(EditorField Field, string Before, string After)
{
    /// <summary>For multi-line values, the lines that changed among the ones kept; empty for one-line values.</summary>
    public IReadOnlyList<DiffLine> Lines { get; init; } = [];
}

/// <summary>
/// Compares two versions field by field, in the editor's terms (labels, chosen items by title, dates as dates), so
/// a diff reads as what an editor changed rather than as JSON.
/// </summary>
public static class ContentDiff
{
    private static readonly InlineDiffBuilder LineDiffer = new(new Differ());

    public static IReadOnlyList<FieldChange> Compare(IReadOnlyList<EditorField> fields, EditorValues before, EditorValues after)
    {
        var changes = new List<FieldChange>();
        foreach (var field in fields.Where(f => !before.Same(after, f)))
        {
            var (old, now) = (Show(field, before), Show(field, after));
            changes.Add(IsMultiLine(field)
                ? new FieldChange(field, old, now) { Lines = LineDiffer.BuildDiffModel(old, now, ignoreWhitespace: false).Lines
                    .Select(l => new DiffLine(l.Type, l.Text)).ToList() }
                : new FieldChange(field, old, now));
        }
        return changes;
    }

    /// <summary>A value as an editor reads it: the titles of chosen items, a link's text and address, "yes"/"no".</summary>
    public static string Show(EditorField field, EditorValues values) => field.Kind switch
    {
        EditorKind.Checkboxes or EditorKind.Picker or EditorKind.Choice or EditorKind.Media => string.Join(", ",
            values.All(field.Key).Where(v => v.Length > 0).Select(v => field.Choices.FirstOrDefault(c => c.Value == v)?.Label.Trim() ?? v)),
        EditorKind.Link when values[field.LinkTextKey].Length > 0 => $"{values[field.LinkTextKey]} <{values[field.Key]}>",
        EditorKind.Boolean => values[field.Key] == "true" ? "yes" : "no",
        _ => values[field.Key],
    };

    private static bool IsMultiLine(EditorField field) =>
        field.Kind is EditorKind.TextArea or EditorKind.Markdown or EditorKind.Html or EditorKind.Lines or EditorKind.Terms;
}

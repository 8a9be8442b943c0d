using System.Runtime.CompilerServices;
using CrmSite.Content.Definitions;
using CrmSite.Search.Queries;

namespace CrmSite.Search.Indexing;

/// <summary>
/// The numeric fields of all types (<c>{Part}.{Field}</c>, indexed as DoubleField by <see cref="ContentDocumentBuilder"/>),
/// for ranges and sorts. Computed once per definitions document: the manager hands out one read-only document per
/// version stamp, so the map is rebuilt only when definitions change.
/// </summary>
public static class NumericFieldMap
{
    private static readonly ConditionalWeakTable<ContentDefinitionDocument, IReadOnlyDictionary<string, NumericKind>> Cache = [];

    public static IReadOnlyDictionary<string, NumericKind> Of(ContentDefinitionDocument definitions) =>
        Cache.GetValue(definitions, Build);

    private static IReadOnlyDictionary<string, NumericKind> Build(ContentDefinitionDocument definitions)
    {
        var fields = new Dictionary<string, NumericKind>(StringComparer.Ordinal);
        foreach (var typePart in definitions.ContentTypes.SelectMany(t => t.Parts))
        {
            foreach (var field in definitions.FindPart(typePart.PartName)?.Fields.Where(f => f.FieldName == "NumericField") ?? [])
            {
                fields[$"{typePart.Name}.{field.Name}"] = NumericKind.DoubleField;
            }
        }
        return fields;
    }
}

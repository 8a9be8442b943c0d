using CrmSite.Content.Fields;

namespace CrmSite.GraphQL.Querying;

/// <summary>What a filter or an order compares: a column of the item's version row, or a value in the field index.</summary>
public abstract record FilterTarget(FieldValueKind Kind);

/// <summary>A column of <c>ContentItems</c> (<c>DisplayText</c>, <c>CreatedUtc</c>, ...).</summary>
public sealed record ColumnTarget(string Column, FieldValueKind Kind) : FilterTarget(Kind);

/// <summary>
/// A field (or indexed part property) in the field index, by the part's name on the item and the field's name.
/// <see cref="FieldValueKind.TextList"/> targets hold one row a value.
/// </summary>
public sealed record IndexTarget(string PartName, string FieldName, FieldValueKind Kind) : FilterTarget(Kind);

/// <summary>
/// The field a shared nested input is bound to (<c>source: { url_contains: "..." }</c>): the part and field come
/// from the <see cref="NestedEntry"/> that leads to it, the property from here.
/// </summary>
public sealed record BoundFieldTarget(FieldValueKind Kind) : FilterTarget(Kind);

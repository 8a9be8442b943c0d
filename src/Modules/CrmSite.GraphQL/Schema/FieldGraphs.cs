using System.Text.Json.Nodes;
using CrmSite.Content.Definitions;
using CrmSite.Content.Fields;
using CrmSite.Content.Items;
using CrmSite.Content.Rendering;
using CrmSite.GraphQL.Querying;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.GraphQL.Schema;

/// <summary>
/// Field kinds as GraphQL types, with Orchard's shapes: Text→String, Numeric→Decimal, Boolean, Date, DateTime,
/// Html{html}, Markdown{markdown html}, Link{url text target}, ContentPicker{contentItemIds contentItems},
/// Taxonomy{taxonomyContentItemId termContentItemIds termContentItems}, MultiText→[String], Media{paths urls
/// mediaTexts}; and the <c>where</c> inputs their values can be filtered with. One instance per schema.
/// </summary>
internal sealed class FieldGraphs
{
    private readonly ObjectGraphType _html = new() { Name = "HtmlField", Description = "An HTML field: its HTML, sanitised." };
    private readonly ObjectGraphType _markdown = new() { Name = "MarkdownField", Description = "A Markdown field: its Markdown and the sanitised HTML it renders to." };
    private readonly ObjectGraphType _link = new() { Name = "LinkField", Description = "A link field: address, text and target." };
    private readonly ObjectGraphType _picker = new() { Name = "ContentPickerField", Description = "A content picker field: the picked items' ids and the items." };
    private readonly ObjectGraphType _taxonomy = new() { Name = "TaxonomyField", Description = "A taxonomy field: the taxonomy, the chosen terms' ids and the terms." };
    private readonly ObjectGraphType _media = new() { Name = "MediaField", Description = "A media field: the media library paths, their addresses and their texts." };

    public FieldGraphs(IInterfaceGraphType item)
    {
        _html.AddField(GraphFields.Of("html", "The HTML, sanitised.", typeof(StringGraphType), c => ContentHtml.Sanitize(Text(c, "Html"))));
        _markdown.AddField(GraphFields.Of("markdown", "The Markdown as written.", typeof(StringGraphType), c => Text(c, "Markdown")));
        _markdown.AddField(GraphFields.Of("html", "The Markdown rendered as HTML, sanitised.", typeof(StringGraphType), c => ContentHtml.FromMarkdown(Text(c, "Markdown"))));
        _link.AddField(GraphFields.Of("url", "The address.", typeof(StringGraphType), c => Text(c, "Url")));
        _link.AddField(GraphFields.Of("text", "The link text.", typeof(StringGraphType), c => Text(c, "Text")));
        _link.AddField(GraphFields.Of("target", "The link target (e.g. _blank).", typeof(StringGraphType), c => Text(c, "Target")));
        var items = new ListGraphType(new NonNullGraphType(item));
        _picker.AddField(GraphFields.Of("contentItemIds", "The ids of the picked items.", typeof(ListGraphType<NonNullGraphType<StringGraphType>>), c => Texts(c, "ContentItemIds")));
        _picker.AddField(GraphFields.Of("contentItems", "The picked items the caller may read, published versions, in the order picked.", items,
            c => Items(c, Texts(c, "ContentItemIds"))).WithComplexityImpact(1, GraphFields.RelatedItems));
        _taxonomy.AddField(GraphFields.Of("taxonomyContentItemId", "The id of the taxonomy the terms belong to.", typeof(StringGraphType), c => Text(c, "TaxonomyContentItemId")));
        _taxonomy.AddField(GraphFields.Of("termContentItemIds", "The ids of the chosen terms.", typeof(ListGraphType<NonNullGraphType<StringGraphType>>), c => Texts(c, "TermContentItemIds")));
        _taxonomy.AddField(GraphFields.Of("termContentItems", "The chosen terms, read from the published taxonomy.", items, Terms)
            .WithComplexityImpact(1, GraphFields.RelatedItems));
        _media.AddField(GraphFields.Of("paths", "The media library paths.", typeof(ListGraphType<NonNullGraphType<StringGraphType>>), c => Texts(c, "Paths")));
        _media.AddField(GraphFields.Of("urls", "The addresses the media are served from.", typeof(ListGraphType<NonNullGraphType<StringGraphType>>),
            c => Texts(c, "Paths").Select(p => "/media/" + p.TrimStart('/')).ToList()));
        _media.AddField(GraphFields.Of("mediaTexts", "The alternative texts of the media, by position.", typeof(ListGraphType<StringGraphType>), c => Texts(c, "MediaTexts")));

        LinkWhere = SharedWhere("LinkFieldWhereInput", "Filters on a link field's address.", "url", FieldValueKind.Text, FilterOperators.Text);
        PickerWhere = SharedWhere("ContentPickerFieldWhereInput", "Filters on the items a content picker field holds.", "contentItemIds", FieldValueKind.TextList, FilterOperators.List);
        TaxonomyWhere = SharedWhere("TaxonomyFieldWhereInput", "Filters on the terms a taxonomy field holds.", "termContentItemIds", FieldValueKind.TextList, FilterOperators.List);
        MultiTextWhere = SharedWhere("MultiTextFieldWhereInput", "Filters on the values a multi-text field holds.", "values", FieldValueKind.TextList, FilterOperators.List);
        MediaWhere = SharedWhere("MediaFieldWhereInput", "Filters on the media paths a media field holds.", "paths", FieldValueKind.TextList, FilterOperators.List);
    }

    public (InputObjectGraphType Type, WhereInputMap Map) LinkWhere { get; }
    public (InputObjectGraphType Type, WhereInputMap Map) PickerWhere { get; }
    public (InputObjectGraphType Type, WhereInputMap Map) TaxonomyWhere { get; }
    public (InputObjectGraphType Type, WhereInputMap Map) MultiTextWhere { get; }
    public (InputObjectGraphType Type, WhereInputMap Map) MediaWhere { get; }

    /// <summary>The output field for <paramref name="field"/>, reading the field's JSON from the part <paramref name="partOf"/> returns; null for kinds the API does not expose.</summary>
    public FieldType? Output(string name, ContentPartFieldDefinition field, Func<IResolveFieldContext, JsonObject?> partOf)
    {
        var description = Describe(field);
        JsonObject? Value(IResolveFieldContext c) => partOf(c)?[field.Name] as JsonObject;
        return FieldKinds.Find(field.FieldName)?.Name switch
        {
            "TextField" or "TimeField" => GraphFields.Of(name, description, typeof(StringGraphType), c => Value(c)?["Text"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : Value(c)?["Value"]?.ToString()),
            "NumericField" => GraphFields.Of(name, description, typeof(DecimalGraphType), c => FieldValue.TryNumber(Value(c)?["Value"], out var n) ? n : null),
            "BooleanField" => GraphFields.Of(name, description, typeof(BooleanGraphType), c => Value(c)?["Value"] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null),
            "DateField" => GraphFields.Of(name, description, typeof(DateGraphType), c => FieldValue.TryDate(Value(c)?["Value"], out var d) ? d.Date : null),
            "DateTimeField" => GraphFields.Of(name, description, typeof(DateTimeGraphType), c => FieldValue.TryDate(Value(c)?["Value"], out var d) ? d : null),
            "HtmlField" => GraphFields.Of(name, description, _html, Value),
            "MarkdownField" => GraphFields.Of(name, description, _markdown, Value),
            "LinkField" => GraphFields.Of(name, description, _link, Value),
            "ContentPickerField" => GraphFields.Of(name, description, _picker, Value),
            "TaxonomyField" => GraphFields.Of(name, description, _taxonomy, Value),
            "MediaField" => GraphFields.Of(name, description, _media, Value),
            "MultiTextField" => GraphFields.Of(name, description, typeof(ListGraphType<NonNullGraphType<StringGraphType>>), c => FieldValue.Texts(Value(c)?["Values"]).ToList()),
            _ => null,
        };
    }

    /// <summary>Adds the <c>where</c> input fields for <paramref name="field"/> (in part <paramref name="itemPart"/>) under <paramref name="name"/>.</summary>
    public void AddWhere(InputObjectGraphType input, WhereInputMap map, string name, string itemPart, ContentPartFieldDefinition field)
    {
        var description = Describe(field);
        switch (FieldKinds.Find(field.FieldName)?.Name)
        {
            case "TextField" or "TimeField":
                AddComparisons(input, map, name, description, new IndexTarget(itemPart, field.Name, FieldValueKind.Text), typeof(StringGraphType), FilterOperators.Text);
                break;
            case "NumericField":
                AddComparisons(input, map, name, description, new IndexTarget(itemPart, field.Name, FieldValueKind.Number), typeof(DecimalGraphType), FilterOperators.Comparable);
                break;
            case "BooleanField":
                AddComparisons(input, map, name, description, new IndexTarget(itemPart, field.Name, FieldValueKind.Boolean), typeof(BooleanGraphType), FilterOperators.Boolean);
                break;
            case "DateField":
                AddComparisons(input, map, name, description, new IndexTarget(itemPart, field.Name, FieldValueKind.Date), typeof(DateGraphType), FilterOperators.Comparable);
                break;
            case "DateTimeField":
                AddComparisons(input, map, name, description, new IndexTarget(itemPart, field.Name, FieldValueKind.Date), typeof(DateTimeGraphType), FilterOperators.Comparable);
                break;
            case "LinkField":
                AddNested(input, map, name, description, LinkWhere, itemPart, field.Name);
                break;
            case "ContentPickerField":
                AddNested(input, map, name, description, PickerWhere, itemPart, field.Name);
                break;
            case "TaxonomyField":
                AddNested(input, map, name, description, TaxonomyWhere, itemPart, field.Name);
                break;
            case "MultiTextField":
                AddNested(input, map, name, description, MultiTextWhere, itemPart, field.Name);
                break;
            case "MediaField":
                AddNested(input, map, name, description, MediaWhere, itemPart, field.Name);
                break;
        }
    }

    /// <summary>Whether <paramref name="field"/> can order a list (one comparable value).</summary>
    public static FieldValueKind? OrderKind(ContentPartFieldDefinition field) => FieldKinds.Find(field.FieldName)?.Name switch
    {
        "TextField" or "TimeField" or "LinkField" => FieldValueKind.Text,
        "NumericField" => FieldValueKind.Number,
        "BooleanField" => FieldValueKind.Boolean,
        "DateField" or "DateTimeField" => FieldValueKind.Date,
        _ => null,
    };

    /// <summary>The field-index name of a field's orderable value (links are indexed by address).</summary>
    public static string IndexName(ContentPartFieldDefinition field) => field.Name;

    public static void AddComparisons(InputObjectGraphType input, WhereInputMap map, string name, string description, FilterTarget target,
        Type scalar, IReadOnlyList<(string Suffix, FilterOperator Operator)> operators)
    {
        foreach (var (suffix, op) in operators)
        {
            var fieldName = name + suffix;
            if (map.Contains(fieldName) || input.HasField(fieldName))
            {
                continue;
            }
            var list = op is FilterOperator.In or FilterOperator.NotIn;
            var type = list ? typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(scalar)) : scalar;
            input.AddField(GraphFields.Input(fieldName, $"{description} ({OperatorText(op)})", type));
            map.Add(fieldName, new ComparisonEntry(target, op));
        }
    }

    private static void AddNested(InputObjectGraphType input, WhereInputMap map, string name, string description,
        (InputObjectGraphType Type, WhereInputMap Map) nested, string itemPart, string fieldName)
    {
        if (map.Contains(name) || input.HasField(name))
        {
            return;
        }
        input.AddField(GraphFields.Input(name, description, nested.Type));
        map.Add(name, new NestedEntry(nested.Map, itemPart, fieldName));
    }

    private static (InputObjectGraphType, WhereInputMap) SharedWhere(string typeName, string description, string property, FieldValueKind kind,
        IReadOnlyList<(string Suffix, FilterOperator Operator)> operators)
    {
        var input = new InputObjectGraphType { Name = typeName, Description = description };
        var map = new WhereInputMap();
        var scalar = typeof(StringGraphType);
        foreach (var (suffix, op) in operators)
        {
            var list = op is FilterOperator.In or FilterOperator.NotIn;
            var type = list ? typeof(ListGraphType<NonNullGraphType<StringGraphType>>) : scalar;
            var text = kind == FieldValueKind.TextList ? ListOperatorText(op) : OperatorText(op);
            input.AddField(GraphFields.Input(property + suffix, $"{property}: {text}", type));
            map.Add(property + suffix, new ComparisonEntry(new BoundFieldTarget(kind == FieldValueKind.TextList ? FieldValueKind.Text : kind), op));
        }
        return (input, map);
    }

    public static string OperatorText(FilterOperator op) => op switch
    {
        FilterOperator.Equals => "equal to",
        FilterOperator.Not => "not equal to",
        FilterOperator.In => "one of",
        FilterOperator.NotIn => "none of",
        FilterOperator.GreaterThan => "greater than",
        FilterOperator.GreaterThanOrEqual => "greater than or equal to",
        FilterOperator.LessThan => "less than",
        FilterOperator.LessThanOrEqual => "less than or equal to",
        FilterOperator.Contains => "contains",
        FilterOperator.NotContains => "does not contain",
        FilterOperator.StartsWith => "starts with",
        FilterOperator.NotStartsWith => "does not start with",
        FilterOperator.EndsWith => "ends with",
        _ => "does not end with",
    };

    private static string ListOperatorText(FilterOperator op) => op switch
    {
        FilterOperator.Equals => "holds this value",
        FilterOperator.Not => "does not hold this value",
        FilterOperator.In => "holds one of these values",
        _ => "holds none of these values",
    };

    /// <summary>A field's description: its settings' description or hint, else its display name and kind.</summary>
    public static string Describe(ContentPartFieldDefinition field)
    {
        var settings = field.Settings["ContentPartFieldSettings"] as JsonObject;
        var display = settings?["DisplayName"]?.GetValue<string>() is { Length: > 0 } d ? d : field.Name;
        if (settings?["Description"] is JsonValue described && described.TryGetValue<string>(out var text) && text.Length > 0)
        {
            return text;
        }
        var kindSettings = field.Settings[field.FieldName + "Settings"] as JsonObject;
        if (kindSettings?["Hint"] is JsonValue hinted && hinted.TryGetValue<string>(out var hint) && hint.Length > 0)
        {
            return $"{display}: {hint}";
        }
        return $"{display} ({field.FieldName}).";
    }

    private static string? Text(IResolveFieldContext context, string property) =>
        context.Source is JsonObject field && field[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static List<string> Texts(IResolveFieldContext context, string property) =>
        context.Source is JsonObject field ? FieldValue.Texts(field[property]).ToList() : [];

    private static ContentGraphData Data(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ContentGraphData>();

    private Deferred<IReadOnlyList<ContentItem>> Items(IResolveFieldContext context, List<string> ids)
    {
        var data = Data(context);
        var loads = ids.Select(id => data.Item(id)).ToList();
        return new Deferred<IReadOnlyList<ContentItem>>(async token =>
        {
            var items = new List<ContentItem>();
            foreach (var load in loads)
            {
                if (await load.GetResultAsync(token) is { } item && CanShow(item))
                {
                    items.Add(item);
                }
            }
            return items;
        });
    }

    private Deferred<IReadOnlyList<ContentItem>>? Terms(IResolveFieldContext context)
    {
        if (Text(context, "TaxonomyContentItemId") is not { } taxonomyId)
        {
            return null;
        }
        var ids = Texts(context, "TermContentItemIds");
        var load = Data(context).Item(taxonomyId);
        return new Deferred<IReadOnlyList<ContentItem>>(async token =>
        {
            var taxonomy = await load.GetResultAsync(token);
            return taxonomy is null ? [] : TaxonomyTerms.Of(taxonomy).Where(t => ids.Contains(t.ContentItemId) && CanShow(t))
                .OrderBy(t => ids.IndexOf(t.ContentItemId)).ToList();
        });
    }

    /// <summary>Items of types the schema has no object type for cannot be returned through the interface.</summary>
    public bool CanShow(ContentItem item) => KnownTypes.Contains(item.ContentType);

    /// <summary>The content types that have an object type in this schema.</summary>
    public HashSet<string> KnownTypes { get; } = new(StringComparer.Ordinal);
}

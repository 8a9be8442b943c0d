using CrmSite.Content.Definitions;
using CrmSite.Content.Items;
using CrmSite.GraphQL.Querying;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.GraphQL.Schema;

/// <summary>What a contributor sees of the schema being built: the definitions and the object type of each content type.</summary>
public sealed class ContentSchemaContext(ContentDefinitionDocument definitions, IReadOnlyDictionary<string, ObjectGraphType> itemTypes,
    IInterfaceGraphType itemInterface, ObjectGraphType query, ObjectGraphType mutation, Func<string, string> newTypeName,
    IReadOnlyDictionary<IContentGraphContributor, ContentGraphSource>? sources = null)
{
    public ContentDefinitionDocument Definitions { get; } = definitions;

    /// <summary>The root query type, for fields beyond the generated ones (search, saved queries).</summary>
    public ObjectGraphType Query { get; } = query;

    /// <summary>The root mutation type; the schema has mutations only when a contributor adds one.</summary>
    public ObjectGraphType Mutation { get; } = mutation;

    /// <summary>The content types that have an object type, by content type name.</summary>
    public IReadOnlyDictionary<string, ObjectGraphType> ItemTypes { get; } = itemTypes;

    /// <summary>The <c>ContentItem</c> interface.</summary>
    public IInterfaceGraphType ItemInterface { get; } = itemInterface;

    /// <summary>What <paramref name="contributor"/>'s <see cref="IContentGraphContributor.SourceAsync"/> answered for this build, or null.</summary>
    public object? SourceOf(IContentGraphContributor contributor) => sources?.GetValueOrDefault(contributor)?.Data;

    /// <summary>
    /// A type name no other type of the schema has: <paramref name="name"/>, or it with a number after it. Every type
    /// a contributor adds must be named through here (two types of one name fail the whole schema).
    /// </summary>
    public string NewTypeName(string name) => newTypeName(name);

    /// <summary>The object type of <paramref name="contentType"/>, or null when the definitions have no such type.</summary>
    public ObjectGraphType? TypeOf(string contentType) => ItemTypes.GetValueOrDefault(contentType);

    /// <summary>
    /// Adds to <paramref name="contentType"/> a field listing the published items of <paramref name="referencingType"/>
    /// whose <paramref name="partName"/>.<paramref name="fieldName"/> picks it (e.g. a chapter's secretariat), batched
    /// per query level; <paramref name="one"/> returns the first such item instead of a list.
    /// </summary>
    public void AddReverseReference(string contentType, string fieldName, string description, string referencingType, string partName,
        string pickerField, bool one)
    {
        if (TypeOf(contentType) is not { } type || TypeOf(referencingType) is not { } target || type.HasField(fieldName))
        {
            return;
        }
        IGraphType resultType = one ? target : new ListGraphType(new NonNullGraphType(target));
        var field = type.AddField(GraphFields.Of(fieldName, description, resultType, context =>
        {
            var item = (ContentItem)context.Source!;
            var load = context.RequestServices!.GetRequiredService<ContentGraphData>()
                .Referencing(new ReferenceKey(referencingType, partName, pickerField, item.ContentItemId));
            return one
                ? new Deferred<ContentItem?>(async token => await load.GetResultAsync(token) is { Count: > 0 } found ? found[0] : null)
                : load;
        }));
        if (!one)
        {
            field.WithComplexityImpact(1, GraphFields.RelatedItems);
        }
    }
}

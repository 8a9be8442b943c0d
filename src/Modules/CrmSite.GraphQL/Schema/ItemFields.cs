using CrmSite.Content.Items;
using GraphQL.Types;

namespace CrmSite.GraphQL.Schema;

/// <summary>The fields every content item has (Orchard's <c>ContentItem</c> interface).</summary>
internal static class ItemFields
{
    public static void AddTo(IComplexGraphType type)
    {
        var fields = Fields().ToList();
        foreach (var field in fields)
        {
            if (type is IInterfaceGraphType)
            {
                field.Resolver = null; // an interface's fields are resolved by the object type an item turns out to be
            }
            type.AddField(field);
        }
    }

    private static IEnumerable<FieldType> Fields()
    {
        yield return GraphFields.Of("contentItemId", "The id shared by every version of the item.", typeof(NonNullGraphType<StringGraphType>), c => Item(c).ContentItemId);
        yield return GraphFields.Of("contentItemVersionId", "The id of this version.", typeof(NonNullGraphType<StringGraphType>), c => Item(c).ContentItemVersionId);
        yield return GraphFields.Of("contentType", "The content type's technical name, e.g. FactSheet.", typeof(NonNullGraphType<StringGraphType>), c => Item(c).ContentType);
        yield return GraphFields.Of("displayText", "The item's title as shown in lists.", typeof(StringGraphType), c => Item(c).DisplayText);
        yield return GraphFields.Of("published", "Whether this version is the published one.", typeof(NonNullGraphType<BooleanGraphType>), c => Item(c).Published);
        yield return GraphFields.Of("latest", "Whether this version is the latest one.", typeof(NonNullGraphType<BooleanGraphType>), c => Item(c).Latest);
        yield return GraphFields.Of("modifiedUtc", "When this version was last changed (UTC).", typeof(DateTimeGraphType), c => Item(c).ModifiedUtc);
        yield return GraphFields.Of("publishedUtc", "When the item was last published (UTC).", typeof(DateTimeGraphType), c => Item(c).PublishedUtc);
        yield return GraphFields.Of("createdUtc", "When the item was created (UTC).", typeof(DateTimeGraphType), c => Item(c).CreatedUtc);
        yield return GraphFields.Of("owner", "The user id of the item's owner.", typeof(StringGraphType), c => Item(c).Owner);
        yield return GraphFields.Of("author", "The user name of the version's author.", typeof(StringGraphType), c => Item(c).Author);
    }

    public static ContentItem Item(global::GraphQL.IResolveFieldContext context) => (ContentItem)context.Source!;
}

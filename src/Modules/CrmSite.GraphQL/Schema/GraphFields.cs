using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace CrmSite.GraphQL.Schema;

/// <summary>Small constructors for the generated schema's fields and arguments; every one carries a description.</summary>
public static class GraphFields
{
    /// <summary>
    /// How many items a list of related items (picked items, terms, translations) counts for in a document's
    /// complexity: such lists are short, unlike a type's list, which counts as its <c>first</c> or the page size.
    /// </summary>
    public const double RelatedItems = 10;

    public static FieldType Of(string name, string description, Type type, Func<IResolveFieldContext, object?> resolve) => new()
    {
        Name = name,
        Description = description,
        Type = type,
        Resolver = new FuncFieldResolver<object>(resolve),
    };

    public static FieldType Of(string name, string description, IGraphType type, Func<IResolveFieldContext, object?> resolve) => new()
    {
        Name = name,
        Description = description,
        ResolvedType = type,
        Resolver = new FuncFieldResolver<object>(resolve),
    };

    public static FieldType Async(string name, string description, IGraphType type, Func<IResolveFieldContext, ValueTask<object?>> resolve) => new()
    {
        Name = name,
        Description = description,
        ResolvedType = type,
        Resolver = new FuncFieldResolver<object>(resolve),
    };

    public static FieldType Input(string name, string description, Type type) => new() { Name = name, Description = description, Type = type };

    public static FieldType Input(string name, string description, IGraphType type) => new() { Name = name, Description = description, ResolvedType = type };

    public static QueryArgument Argument(string name, string description, Type type) => new(type) { Name = name, Description = description };

    public static QueryArgument Argument(string name, string description, IGraphType type) => new(type) { Name = name, Description = description };
}

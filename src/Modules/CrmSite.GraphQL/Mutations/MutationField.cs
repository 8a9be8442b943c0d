using CrmSite.Content.Management;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.GraphQL.Mutations;

/// <summary>A mutation field whose resolver asks a request service for a write and returns its item, or its failure as a GraphQL error.</summary>
public static class MutationField
{
    public static FieldType Of<TService>(string name, string description, IGraphType type, QueryArgument[] arguments,
        Func<IResolveFieldContext, TService, Task<ContentResult>> write) where TService : notnull => new()
        {
            Name = name,
            Description = description,
            ResolvedType = type,
            Arguments = new QueryArguments(arguments),
            Resolver = new FuncFieldResolver<object>(async context =>
            {
                var result = await write(context, context.RequestServices!.GetRequiredService<TService>());
                return result.Succeeded ? result.Item : throw MutationErrors.From(result);
            }),
        };
}

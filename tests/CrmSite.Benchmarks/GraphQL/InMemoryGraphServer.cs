using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CrmSite.Benchmarks.Hosting;
using CrmSite.Content.Fields;
using CrmSite.Content.Items;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Resolvers;
using GraphQL.SystemTextJson;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CrmSite.Benchmarks.GraphQL;

/// <summary>
/// The baseline for GraphQL lists: a GraphQL.NET schema with the same types and fields as the site's for the
/// benchmark query (FactSheet, Chapter and Indicator behind a ContentItem interface, picker fields), resolving
/// from items held in memory, served by a bare endpoint with the same executer settings (serial) and serializer.
/// What the site does more is reading the store, checking permissions and batching the picked items' loads.
/// </summary>
public static class InMemoryGraphServer
{
    public static Task<BareServer> StartAsync(IReadOnlyList<ContentItem> factSheets, IReadOnlyDictionary<string, ContentItem> others)
    {
        var schema = Build(factSheets, others);
        schema.Initialize();
        var executer = new DocumentExecuter(new GraphQLDocumentBuilder(), new global::GraphQL.Validation.DocumentValidator(),
            new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(SerialExecutionStrategy.Instance, OperationType.Query)]), []);
        var serializer = new GraphQLSerializer(json => json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        // Like the site, a repeated query is parsed and validated once (here not even the complexity rule runs again).
        var documents = new ConcurrentDictionary<string, GraphQLDocument>();
        return BareServer.StartAsync(app => app.MapPost("/graphql", async (HttpContext http) =>
        {
            var request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
            var cached = documents.TryGetValue(request!.Query!, out var document);
            document ??= new GraphQLDocumentBuilder().Build(request.Query!);
            var result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Schema = schema,
                Query = request.Query,
                Document = document,
                ValidationRules = cached ? [] : null,
                Variables = request.Variables,
                CancellationToken = http.RequestAborted,
            });
            if (!cached && result.Executed)
            {
                documents[request.Query!] = document;
            }
            http.Response.ContentType = "application/graphql-response+json; charset=utf-8";
            await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
        }));
    }

    private static Schema Build(IReadOnlyList<ContentItem> factSheets, IReadOnlyDictionary<string, ContentItem> others)
    {
        var item = new InterfaceGraphType { Name = "ContentItem" };
        AddItemFields(item, resolve: false);
        var types = new Dictionary<string, ObjectGraphType>();
        item.ResolveType = value => types[((ContentItem)value).ContentType];

        var picker = new ObjectGraphType { Name = "ContentPickerField" };
        picker.AddField(Field("contentItemIds", typeof(ListGraphType<NonNullGraphType<StringGraphType>>), c => Ids(c)));
        picker.AddField(new FieldType
        {
            Name = "contentItems",
            ResolvedType = new ListGraphType(new NonNullGraphType(item)),
            Resolver = new FuncFieldResolver<object>(c => Ids(c).Select(id => others.GetValueOrDefault(id)).OfType<ContentItem>().ToList()),
        });
        var markdown = new ObjectGraphType { Name = "MarkdownBodyPart" };
        markdown.AddField(Field("markdown", typeof(StringGraphType), c => Text((JsonObject?)c.Source, "Markdown")));
        var localization = new ObjectGraphType { Name = "LocalizationPart" };
        localization.AddField(Field("culture", typeof(StringGraphType), c => Text((JsonObject?)c.Source, "Culture")));

        var factSheet = Type("FactSheet", item, types);
        factSheet.AddField(Field("year", typeof(DecimalGraphType), c => FieldValue.TryNumber(Part(c, "FactSheet")?["Year"]?["Value"], out var n) ? n : null));
        factSheet.AddField(Field("summary", typeof(StringGraphType), c => Text(Part(c, "FactSheet")?["Summary"] as JsonObject, "Text")));
        factSheet.AddField(Field("path", typeof(StringGraphType), c => Text(Part(c, "AutoroutePart"), "Path")));
        factSheet.AddField(new FieldType { Name = "markdownBody", ResolvedType = markdown, Resolver = new FuncFieldResolver<object>(c => Part(c, "MarkdownBodyPart")) });
        factSheet.AddField(new FieldType { Name = "localization", ResolvedType = localization, Resolver = new FuncFieldResolver<object>(c => Part(c, "LocalizationPart")) });
        factSheet.AddField(new FieldType { Name = "chapter", ResolvedType = picker, Resolver = new FuncFieldResolver<object>(c => Part(c, "FactSheet")?["Chapter"]) });
        factSheet.AddField(new FieldType { Name = "indicators", ResolvedType = picker, Resolver = new FuncFieldResolver<object>(c => Part(c, "FactSheet")?["Indicators"]) });

        var chapter = Type("Chapter", item, types);
        chapter.AddField(Field("code", typeof(StringGraphType), c => Text(Part(c, "Chapter")?["Code"] as JsonObject, "Text")));
        var indicator = Type("Indicator", item, types);
        indicator.AddField(Field("unit", typeof(StringGraphType), c => Text(Part(c, "Indicator")?["Unit"] as JsonObject, "Text")));
        indicator.AddField(Field("definition", typeof(StringGraphType), c => Text(Part(c, "Indicator")?["Definition"] as JsonObject, "Text")));

        var query = new ObjectGraphType { Name = "Query" };
        query.AddField(new FieldType
        {
            Name = "factSheet",
            ResolvedType = new ListGraphType(new NonNullGraphType(factSheet)),
            Arguments = new QueryArguments(new QueryArgument<IntGraphType> { Name = "first" }),
            Resolver = new FuncFieldResolver<object>(c => factSheets.Take(c.GetArgument<int?>("first") ?? 100).ToList()),
        });
        var schema = new Schema { Query = query };
        schema.RegisterType(item);
        foreach (var type in types.Values)
        {
            schema.RegisterType(type);
        }
        return schema;
    }

    private static ObjectGraphType Type(string name, InterfaceGraphType item, Dictionary<string, ObjectGraphType> types)
    {
        var type = new ObjectGraphType { Name = name };
        AddItemFields(type, resolve: true);
        type.AddResolvedInterface(item);
        item.AddPossibleType(type);
        types[name] = type;
        return type;
    }

    private static void AddItemFields(IComplexGraphType type, bool resolve)
    {
        foreach (var (name, read) in new (string, Func<ContentItem, object?>)[]
        {
            ("contentItemId", i => i.ContentItemId), ("contentType", i => i.ContentType), ("displayText", i => i.DisplayText),
        })
        {
            type.AddField(new FieldType
            {
                Name = name,
                Type = typeof(StringGraphType),
                Resolver = resolve ? new FuncFieldResolver<object>(c => read((ContentItem)c.Source!)) : null,
            });
        }
    }

    private static FieldType Field(string name, Type type, Func<IResolveFieldContext, object?> resolve) =>
        new() { Name = name, Type = type, Resolver = new FuncFieldResolver<object>(resolve) };

    private static JsonObject? Part(IResolveFieldContext context, string part) => ((ContentItem)context.Source!).Part(part);

    private static string? Text(JsonObject? obj, string property) =>
        obj?[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static List<string> Ids(IResolveFieldContext context) =>
        context.Source is JsonObject field ? FieldValue.Texts(field["ContentItemIds"]).ToList() : [];
}

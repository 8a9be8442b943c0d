using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace CrmSite.Tests.Integration.GraphQL;

/// <summary>Calls <c>/api/graphql</c> and reads its answers in GraphQL's response format.</summary>
public static class GraphQLCalls
{
    public const string Path = "/api/graphql";

    /// <summary>The fragments of GraphiQL's introspection query (graphql-js 16's <c>getIntrospectionQuery()</c> with its defaults).</summary>
    public static readonly string IntrospectionFragments = """
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        """ + "fragment TypeRef on __Type { " + string.Concat(Enumerable.Repeat("kind name ofType { ", 7)) + "kind name" + new string('}', 7) + " }";

    /// <summary>The introspection query GraphiQL sends to learn the schema.</summary>
    public static readonly string GraphiQLIntrospection = """
        query IntrospectionQuery {
          __schema {
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        """ + IntrospectionFragments;

    public static async Task<GraphQLAnswer> PostAsync(HttpClient client, string query, JsonObject? variables = null, string? operationName = null)
    {
        var body = new JsonObject { ["query"] = query };
        if (variables is not null)
        {
            body["variables"] = variables;
        }
        if (operationName is not null)
        {
            body["operationName"] = operationName;
        }
        return await PostRawAsync(client, body.ToJsonString(), "application/json");
    }

    public static async Task<GraphQLAnswer> PostRawAsync(HttpClient client, string body, string mediaType)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        using var response = await client.PostAsync(Path, content);
        return await GraphQLAnswer.ReadAsync(response);
    }

    public static async Task<GraphQLAnswer> GetAsync(HttpClient client, string query, string? variables = null, string? ifNoneMatch = null,
        string? operationName = null)
    {
        var url = Path + "?query=" + Uri.EscapeDataString(query) +
            (variables is null ? "" : "&variables=" + Uri.EscapeDataString(variables)) +
            (operationName is null ? "" : "&operationName=" + Uri.EscapeDataString(operationName));
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }
        using var response = await client.SendAsync(request);
        return await GraphQLAnswer.ReadAsync(response);
    }

    /// <summary>The <c>data</c> of a successful answer; fails with the whole answer when it has errors or is not 200.</summary>
    public static async Task<JsonObject> DataAsync(HttpClient client, string query, JsonObject? variables = null)
    {
        var answer = await PostAsync(client, query, variables);
        return answer.Data();
    }
}

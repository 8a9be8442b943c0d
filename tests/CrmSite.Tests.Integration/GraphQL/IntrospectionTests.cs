using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmSite.GraphQL.Endpoint;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.GraphQL;

/// <summary>
/// Introspection-only operations have bounds of their own: GraphiQL's schema query runs, cycles through the type graph
/// and documents selecting more than <see cref="IntrospectionLimits.MaxFieldsPerType"/> fields for each type are refused before they run.
/// </summary>
public sealed class IntrospectionTests(SqliteSite fixture) : IClassFixture<SqliteSite>
{
    /// <summary>The introspection query graphql-js writes and GraphiQL sends to load the schema.</summary>
    private const string StandardQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name kind }
            mutationType { name kind }
            subscriptionType { name kind }
            types {
              ...FullType
            }
            directives {
              name
              description
              locations
              args {
                ...InputValue
              }
            }
          }
        }
        fragment FullType on __Type {
          kind
          name
          description
          fields(includeDeprecated: true) {
            name
            description
            args {
              ...InputValue
            }
            type {
              ...TypeRef
            }
            isDeprecated
            deprecationReason
          }
          inputFields {
            ...InputValue
          }
          interfaces {
            ...TypeRef
          }
          enumValues(includeDeprecated: true) {
            name
            description
            isDeprecated
            deprecationReason
          }
          possibleTypes {
            ...TypeRef
          }
        }
        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
        }
        fragment TypeRef on __Type {
          kind
          name
          ofType {
            name
            kind
            ofType {
              name
              kind
              ofType {
                name
                kind
                ofType {
                  name
                  kind
                  ofType {
                    name
                    kind
                    ofType {
                      name
                      kind
                      ofType {
                        name
                        kind
                        ofType {
                          name
                          kind
                          ofType {
                            name
                            kind
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
        """;

    private SiteFactory Site => fixture.Site;

    [Fact]
    public async Task StandardIntrospection_AnswersTheSchema_WhenGraphiQLLoadsIt()
    {
        using var client = Site.CreateClient();

        var (status, body) = await PostAsync(client, StandardQuery);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(body["errors"]);
        var types = body["data"]!["__schema"]!["types"]!.AsArray();
        Assert.Contains(types, t => t!["name"]!.GetValue<string>() == "FactSheet");
    }

    [Fact]
    public async Task Introspection_Answers400_WhenItNestsTypeGraphListsThreeDeep()
    {
        using var client = Site.CreateClient();

        var (status, body) = await PostAsync(client, "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Null(body["data"]);
        Assert.Contains("too deeply", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Introspection_Answers400Quickly_WhenFragmentsNestTypeGraphListsThreeDeep()
    {
        using var client = Site.CreateClient();
        // Each fragment spreads the next twice: walking every path would take 2^40 steps.
        var chain = string.Concat(Enumerable.Range(0, 40).Select(i => $" fragment F{i} on __Type {{ a: ofType {{ ...F{i + 1} }} b: ofType {{ ...F{i + 1} }} }}"));
        var query = "{ __schema { types { ...F0 } } }" + chain + " fragment F40 on __Type { fields { type { fields { type { fields { name } } } } } }";

        var (status, body) = await PostAsync(client, query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task Introspection_Answers400_WhenFragmentsExpandPastTheLimitForEachType()
    {
        using var client = Site.CreateClient();
        var fields = string.Join(" ", Enumerable.Range(0, 10).Select(i => $"f{i}: fields {{ ...Names }}"));
        var names = string.Join(" ", Enumerable.Range(0, 40).Select(i => $"n{i}: name"));
        var query = "{ __schema { types { ...Fields } } } fragment Fields on __Type { " + fields + " } fragment Names on __Field { " + names + " }";

        var (status, body) = await PostAsync(client, query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Null(body["data"]);
        Assert.Equal("COMPLEXITY", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Introspection_IsPricedAsContent_WhenTheDocumentAlsoReadsContent()
    {
        using var client = Site.CreateClient();
        const string introspection = "__schema { types { fields { args { name } } } }";
        var (alone, _) = await PostAsync(client, "{ " + introspection + " }");

        var (status, body) = await PostAsync(client, "{ " + introspection + " factSheet(first: 1) { displayText } }");

        Assert.Equal(HttpStatusCode.OK, alone);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("COMPLEXITY", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    private static async Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsJsonAsync("/api/graphql", new { query });
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }
}

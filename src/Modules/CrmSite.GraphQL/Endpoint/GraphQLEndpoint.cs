using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CrmSite.Content.Definitions;
using CrmSite.Content.Security;
using CrmSite.GraphQL.Schema;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Transport;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrmSite.GraphQL.Endpoint;

/// <summary>
/// <c>/api/graphql</c>: GET (<c>query</c>, <c>variables</c>, <c>operationName</c>) and POST (<c>application/json</c>,
/// one request or a batch of them, or <c>application/graphql</c>). Invalid documents get 400, permission failures
/// 401 or 403, oversized requests 413, a mutation sent by GET 405 (and it never runs), a mutation carried by a
/// sign-in cookie without the antiforgery header 400; errors are in GraphQL's
/// response format. Anonymous GETs carry an ETag, so an unchanged answer costs a 304.
/// </summary>
public static class GraphQLEndpoint
{
    public const string Path = "/api/graphql";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], HandleAsync)
            .RequireAuthorization(GraphQLPermissions.ExecuteGraphQL.Policy)
            .WithTags("GraphQL")
            .DisableAntiforgery();

    public static async Task HandleAsync(HttpContext http, ContentSchemaCache schemas, ContentDefinitionManager definitions,
        IOptions<GraphQLOptions> options, GraphQLRunner runner)
    {
        var limits = options.Value;
        var (requests, problem) = await ReadAsync(http, limits, runner.Serializer);
        if (problem is not null)
        {
            await WriteErrorAsync(http, runner.Serializer, problem.Value.Status, problem.Value.Message);
            return;
        }
        if (requests!.Count > limits.MaxBatchSize)
        {
            await WriteErrorAsync(http, runner.Serializer, StatusCodes.Status400BadRequest,
                $"The batch holds {requests.Count} operations; at most {limits.MaxBatchSize} are allowed.");
            return;
        }
        var schema = await schemas.GetAsync(definitions, http.RequestServices, http.RequestAborted);
        var results = new List<ExecutionResult>(requests.Count);
        var status = StatusCodes.Status200OK;
        foreach (var request in requests.Requests)
        {
            var outcome = await runner.RunAsync(http, schema, request, limits);
            if (outcome.Status is StatusCodes.Status405MethodNotAllowed)
            {
                http.Response.Headers.Allow = "POST";
                await WriteErrorAsync(http, runner.Serializer, outcome.Status, "Mutations must be sent with POST.");
                return;
            }
            results.Add(outcome.Result);
            if (!requests.IsBatch)
            {
                status = outcome.Status;
            }
        }
        await WriteAsync(http, runner.Serializer, status, requests.IsBatch ? results.ToArray() : results[0]);
    }

    private static async Task WriteAsync(HttpContext http, GraphQLSerializer serializer, int status, object body)
    {
        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, body, http.RequestAborted);
        http.Response.StatusCode = status;
        var anonymousRead = HttpMethods.IsGet(http.Request.Method) && http.User.Identity?.IsAuthenticated != true && status == StatusCodes.Status200OK;
        if (anonymousRead)
        {
            // The ETag is the answer's hash: publishing (or any change a visitor could see) changes the answer and so the tag.
            var etag = "\"" + Convert.ToBase64String(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))[..16]) + "\"";
            http.Response.Headers.ETag = etag;
            http.Response.Headers.CacheControl = "public, max-age=0, must-revalidate";
            if (http.Request.Headers.IfNoneMatch.ToString().Split(',').Any(t => t.Trim() == etag))
            {
                http.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }
        else
        {
            http.Response.Headers.CacheControl = "no-store";
        }
        http.Response.ContentType = "application/graphql-response+json; charset=utf-8";
        buffer.Position = 0;
        await buffer.CopyToAsync(http.Response.Body, http.RequestAborted);
    }

    private static Task WriteErrorAsync(HttpContext http, GraphQLSerializer serializer, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.Headers.CacheControl = "no-store";
        http.Response.ContentType = "application/graphql-response+json; charset=utf-8";
        var result = new ExecutionResult { Errors = [new ExecutionError(message)] };
        return serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static async Task<(RequestBatch? Requests, (int Status, string Message)? Problem)> ReadAsync(HttpContext http, GraphQLOptions limits,
        GraphQLSerializer serializer)
    {
        var request = http.Request;
        if (HttpMethods.IsGet(request.Method))
        {
            if (request.QueryString.Value?.Length > limits.MaxQueryBytes)
            {
                return (null, (StatusCodes.Status413PayloadTooLarge, $"The query string is longer than {limits.MaxQueryBytes} bytes."));
            }
            if (string.IsNullOrWhiteSpace(request.Query["query"]))
            {
                return (null, (StatusCodes.Status400BadRequest, "Send a GraphQL document in the query parameter."));
            }
            Inputs? variables = null;
            if (request.Query["variables"].ToString() is { Length: > 0 } json)
            {
                try
                {
                    variables = serializer.Deserialize<Inputs>(json);
                }
                catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException)
                {
                    return (null, (StatusCodes.Status400BadRequest, "The variables parameter is not a JSON object."));
                }
            }
            return (new RequestBatch([new GraphQLRequest { Query = request.Query["query"], Variables = variables, OperationName = NullIfEmpty(request.Query["operationName"]) }], false), null);
        }

        if (request.ContentLength > limits.MaxQueryBytes)
        {
            return (null, (StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {limits.MaxQueryBytes} bytes."));
        }
        var body = await ReadBodyAsync(request, limits.MaxQueryBytes, http.RequestAborted);
        if (body is null)
        {
            return (null, (StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {limits.MaxQueryBytes} bytes."));
        }
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType == "application/graphql")
        {
            return (new RequestBatch([new GraphQLRequest { Query = body }], false), null);
        }
        if (mediaType is not ("application/json" or "application/graphql-request+json"))
        {
            return (null, (StatusCodes.Status415UnsupportedMediaType, "Send application/json ({\"query\": ...}) or application/graphql."));
        }
        try
        {
            var trimmed = body.AsSpan().TrimStart();
            if (trimmed.Length > 0 && trimmed[0] == '[')
            {
                var batch = serializer.Deserialize<GraphQLRequest[]>(body) ?? [];
                if (batch.Length == 0 || Array.Exists(batch, r => r is null))
                {
                    return (null, (StatusCodes.Status400BadRequest, "A batch must be a non-empty array of requests."));
                }
                return (new RequestBatch(batch, true), null);
            }
            var single = serializer.Deserialize<GraphQLRequest>(body);
            return single is null
                ? (null, (StatusCodes.Status400BadRequest, "The body must be a JSON object with a query."))
                : (new RequestBatch([single], false), null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException or FormatException)
        {
            return (null, (StatusCodes.Status400BadRequest, "The body is not a GraphQL request in JSON: " + e.Message));
        }
    }

    private static async Task<string?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[8192];
        var text = new StringBuilder();
        int read;
        while ((read = await reader.ReadAsync(buffer, cancellationToken)) > 0)
        {
            text.Append(buffer, 0, read);
            if (text.Length > limit)
            {
                return null;
            }
        }
        return text.ToString();
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private sealed record RequestBatch(IReadOnlyList<GraphQLRequest> Requests, bool IsBatch)
    {
        public int Count => Requests.Count;
    }
}

/// <summary>Runs one GraphQL request against the schema with the site's limits and its serial execution.</summary>
public sealed class GraphQLRunner
{
    private readonly DocumentExecuter _executer;
    private readonly ILogger<GraphQLRunner> _logger;
    private readonly IAuthorizationService _authorization;
    private readonly IAntiforgery _antiforgery;
    private readonly ValidatedDocuments _documents;

    public GraphQLRunner(IOptions<GraphQLOptions> options, IAuthorizationService authorization, IAntiforgery antiforgery,
        ValidatedDocuments documents, ILogger<GraphQLRunner> logger, Microsoft.Extensions.Hosting.IHostEnvironment environment)
    {
        _authorization = authorization;
        _documents = documents;
        _antiforgery = antiforgery;
        _logger = logger;
        // One DbContext per request: queries run their fields one after the other (GraphQL.NET would run them in parallel).
        _executer = new DocumentExecuter(new GraphQLDocumentBuilder(), new DocumentValidator(),
            new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(SerialExecutionStrategy.Instance, OperationType.Query)]), []);
        var expose = options.Value.ExposeExceptions && environment.EnvironmentName == "Development";
        // Urdu and other non-Latin text is written as it is, as the rest of the site's JSON is; HTML-sensitive characters stay escaped.
        Serializer = new GraphQLSerializer(json => json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
            new ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = expose }));
    }

    public GraphQLSerializer Serializer { get; }

    public async Task<(ExecutionResult Result, int Status)> RunAsync(HttpContext http, global::GraphQL.Types.ISchema schema, GraphQLRequest request, GraphQLOptions limits)
    {
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            return (Error("The request has no query."), StatusCodes.Status400BadRequest);
        }
        var document = _documents.Find(schema, request.Query);
        var cached = document is not null;
        if (document is null)
        {
            try
            {
                document = new GraphQLDocumentBuilder { MaxDepth = Math.Max(limits.MaxDepth * 4, 64) }.Build(request.Query);
            }
            catch (SyntaxError e)
            {
                // The document builder wraps the parser's syntax errors; other parser failures (too deep) come unwrapped.
                return (new ExecutionResult { Errors = [e] }, StatusCodes.Status400BadRequest);
            }
            catch (GraphQLParserException e)
            {
                return (Error(e.Message, "SYNTAX_ERROR"), StatusCodes.Status400BadRequest);
            }
        }
        var operation = FindOperation(document, request.OperationName);
        if (operation?.Operation == OperationType.Mutation)
        {
            if (!HttpMethods.IsPost(http.Request.Method))
            {
                return (Error("Mutations must be sent with POST."), StatusCodes.Status405MethodNotAllowed);
            }
            var allowed = await _authorization.AuthorizeAsync(http.User, null, new PermissionRequirement(GraphQLPermissions.ExecuteGraphQLMutations));
            if (!allowed.Succeeded)
            {
                return DeniedStatus(http, Error("ExecuteGraphQLMutations is required to run mutations.", "ACCESS_DENIED"));
            }
            // As for REST writes: a browser sends the sign-in cookie on cross-site requests, but a page on another
            // site cannot read the antiforgery token. Bearer-token callers need none.
            var bearer = http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
            if (!bearer && http.User.Identity?.IsAuthenticated == true && !await _antiforgery.IsRequestValidAsync(http))
            {
                return (Error("Antiforgery token missing or invalid: mutations made with a sign-in cookie must send the antiforgery token in the " +
                    "RequestVerificationToken header; API clients should use a bearer token.", "ANTIFORGERY"), StatusCodes.Status400BadRequest);
            }
        }
        // The complexity rules read the variables (a list's first: $n); every other rule depends on the document and
        // the schema alone, so a cached document runs only these.
        var rules = new List<IValidationRule>();
        if (IntrospectionLimits.IsIntrospectionOnly(operation))
        {
            rules.AddRange(IntrospectionLimits.Rules());
        }
        else
        {
            rules.Add(new ComplexityValidationRule(new ComplexityOptions
            {
                MaxDepth = limits.MaxDepth,
                MaxComplexity = limits.MaxComplexity,
                DefaultListImpactMultiplier = limits.DefaultPageSize,
            }));
        }
        if (!cached)
        {
            rules.AddRange(DocumentValidator.CoreRules);
            rules.Add(new FieldCountRule(2000));
            if (!limits.EnableIntrospection)
            {
                rules.Add(NoIntrospectionValidationRule.Instance);
            }
        }
        var result = await _executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
            ValidationRules = rules,
            UnhandledExceptionDelegate = context =>
            {
                _logger.LogError(context.OriginalException, "GraphQL field {Path} failed.", context.FieldContext?.Path is { } path ? string.Join('.', path) : "(document)");
                return Task.CompletedTask;
            },
        });
        if (!result.Executed)
        {
            return (result, StatusCodes.Status400BadRequest);
        }
        if (!cached)
        {
            _documents.Add(schema, request.Query, document);
        }
        return result.Errors?.Any(e => e.Code == "ACCESS_DENIED") == true ? DeniedStatus(http, result) : (result, StatusCodes.Status200OK);
    }

    private static (ExecutionResult, int) DeniedStatus(HttpContext http, ExecutionResult result) =>
        (result, http.User.Identity?.IsAuthenticated == true ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized);

    private static GraphQLOperationDefinition? FindOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return string.IsNullOrEmpty(operationName)
            ? operations.Count == 1 ? operations[0] : null
            : operations.Find(o => o.Name?.StringValue == operationName);
    }

    private static ExecutionResult Error(string message, string? code = null) =>
        new() { Errors = [new ExecutionError(message) { Code = code }] };
}

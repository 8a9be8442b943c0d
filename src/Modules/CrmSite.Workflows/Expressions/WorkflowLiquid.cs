using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using CrmSite.Workflows.Engine;
using Fluid;

namespace CrmSite.Workflows.Expressions;

/// <summary>
/// Liquid expressions of workflows (Fluid). A template sees <c>Workflow</c> (WorkflowId, CorrelationId, Input,
/// Output, Properties, LastResult) and <c>ContentItem</c> (the item of the content event); output is HTML-encoded
/// unless the caller renders plain text (a mail subject, a URL built from trusted parts).
/// </summary>
public sealed class WorkflowLiquid
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly TemplateOptions _options = new() { MaxSteps = 10_000, MaxRecursion = 16, CultureInfo = CultureInfo.InvariantCulture };
    private readonly FluidParser _parser = new();
    private readonly ConcurrentDictionary<string, IFluidTemplate> _parsed = new(StringComparer.Ordinal);

    /// <summary>Null when <paramref name="template"/> is valid Liquid; otherwise the parser's message.</summary>
    public string? Check(string template) => _parser.TryParse(template, out _, out var error) ? null : error;

    /// <exception cref="WorkflowScriptException">The template does not parse or fails.</exception>
    public Task<string> RenderAsync(string template, WorkflowContext workflow, bool encode) =>
        RenderAsync(template, workflow, encode ? Html : NullEncoder.Default);

    /// <summary>Renders with <paramref name="encoder"/>: a JavaScript encoder keeps values safe inside JSON strings (Orchard's content properties).</summary>
    /// <exception cref="WorkflowScriptException">The template does not parse or fails.</exception>
    public async Task<string> RenderAsync(string template, WorkflowContext workflow, TextEncoder encoder)
    {
        if (!_parsed.TryGetValue(template, out var parsed))
        {
            if (!_parser.TryParse(template, out parsed, out var error))
            {
                throw new WorkflowScriptException($"The Liquid template `{template}` does not parse: {error}");
            }
            if (_parsed.Count < 1000)
            {
                _parsed[template] = parsed;
            }
        }
        var context = new TemplateContext(_options);
        context.SetValue("Workflow", new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase)
        {
            ["WorkflowId"] = workflow.WorkflowId,
            ["CorrelationId"] = workflow.CorrelationId,
            ["Input"] = Plain(workflow.Input),
            ["Output"] = Plain(workflow.Output),
            ["Properties"] = Plain(workflow.Properties),
            ["LastResult"] = Plain(workflow.LastResult),
        });
        context.SetValue("ContentItem", Plain(workflow.Input["ContentItem"]));
        try
        {
            return await parsed.RenderAsync(context, encoder);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new WorkflowScriptException($"The Liquid template `{template}` failed: {e.Message}", e);
        }
    }

    /// <summary>JSON as dictionaries (names without regard to case), lists and plain values, which Liquid reads.</summary>
    internal static object? Plain(JsonNode? node) => node switch
    {
        JsonObject o => o.ToDictionary(p => p.Key, p => Plain(p.Value), StringComparer.OrdinalIgnoreCase),
        JsonArray a => a.Select(Plain).ToList(),
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        JsonValue v when v.TryGetValue<decimal>(out var d) => d,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v => v.ToJsonString(),
        _ => null,
    };
}

using System.Text.Json.Nodes;
using CrmSite.Content.Items;
using CrmSite.Workflows.Activities.Signals;
using CrmSite.Workflows.Engine;
using Jint;
using Jint.Native;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Workflows.Expressions;

/// <summary>
/// JavaScript expressions of one running instance (Jint), with Orchard's workflow functions: <c>input(name)</c>,
/// <c>output(name, value)</c>, <c>property(name)</c>, <c>setProperty(name, value)</c>, <c>correlationId()</c>,
/// <c>workflowId()</c>, <c>lastResult()</c>, <c>setOutcome(name)</c>, <c>uuid()</c>, <c>signalUrl(name)</c> (a signal URL for this instance), and
/// <c>configuration(key)</c> for the <c>CrmSite:Workflows:Values</c> section only. Every evaluation is bounded in
/// time, statements, memory and recursion.
/// </summary>
public sealed class WorkflowScript : IDisposable
{
    public const string ValuesSection = "CrmSite:Workflows:Values";

    private readonly Jint.Engine _engine;
    private readonly List<string> _outcomes = [];

    public WorkflowScript(WorkflowContext workflow, IConfiguration configuration)
    {
        var limits = configuration.GetSection("CrmSite:Workflows");
        _engine = new Jint.Engine(options => options
            .TimeoutInterval(TimeSpan.FromMilliseconds(limits.GetValue("ScriptTimeoutMilliseconds", 2000)))
            .MaxStatements(limits.GetValue("ScriptMaxStatements", 10_000))
            .LimitMemory(4_000_000)
            .LimitRecursion(64));
        _engine.SetValue("input", new Func<string, JsValue>(name => ToJs(workflow.Input[name])));
        _engine.SetValue("output", new Action<string, JsValue>((name, value) => workflow.Output[name] = FromJs(value)));
        _engine.SetValue("property", new Func<string, JsValue>(name => ToJs(workflow.Properties[name])));
        _engine.SetValue("setProperty", new Action<string, JsValue>((name, value) => workflow.Properties[name] = FromJs(value)));
        _engine.SetValue("correlationId", new Func<string?>(() => workflow.CorrelationId));
        _engine.SetValue("workflowId", new Func<string>(() => workflow.WorkflowId));
        _engine.SetValue("lastResult", new Func<JsValue>(() => ToJs(workflow.LastResult)));
        _engine.SetValue("setOutcome", new Action<string>(_outcomes.Add));
        _engine.SetValue("uuid", new Func<string>(IdGenerator.NewId));
        var values = configuration.GetSection(ValuesSection);
        _engine.SetValue("configuration", new Func<string, string?>(key => values[key]));
        if (workflow.Services.GetService<SignalUrls>() is { } signalUrls)
        {
            // Jint calls functions synchronously; only the first URL of the process waits for the key to load.
            _engine.SetValue("signalUrl", new Func<string, string>(name =>
                signalUrls.CreateAsync(name, workflow.CorrelationId, workflow.WorkflowId).GetAwaiter().GetResult()));
        }
    }

    /// <summary>The script's value as JSON (null for undefined or null).</summary>
    /// <exception cref="WorkflowScriptException">The script does not parse, throws, or passes a limit.</exception>
    public JsonNode? Evaluate(string script)
    {
        try
        {
            return FromJs(_engine.Evaluate(script));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Jint reports syntax errors, throws and limits with many exception types; each faults the activity.
            throw new WorkflowScriptException($"The script `{Shorten(script)}` failed: {e.Message}", e);
        }
    }

    /// <summary>Null when <paramref name="script"/> parses; otherwise the parser's message.</summary>
    public static string? Check(string script)
    {
        try
        {
            _ = new Acornima.Parser().ParseScript(script);
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return e.Message;
        }
    }

    public IReadOnlyList<string> TakeOutcomes()
    {
        var taken = _outcomes.ToArray();
        _outcomes.Clear();
        return taken;
    }

    public void Dispose() => _engine.Dispose();

    private JsValue ToJs(JsonNode? node) => node is null ? JsValue.Null : _engine.Evaluate("(" + node.ToJsonString() + ")");

    private JsonNode? FromJs(JsValue value) => value.IsUndefined() || value.IsNull()
        ? null
        : JsonNode.Parse(new Jint.Native.Json.JsonSerializer(_engine).Serialize(value).AsString());

    private static string Shorten(string script) => script.Length > 80 ? script[..77] + "..." : script;
}

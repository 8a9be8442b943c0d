using System.Text;
using System.Text.Json.Nodes;
using CrmSite.Content.Items;
using Jint;
using Jint.Native;
using Microsoft.Extensions.Configuration;

namespace CrmSite.Content.Recipes;

/// <summary>
/// Evaluates <c>[js: ...]</c> values with Jint under time, statement and memory limits. <c>uuid()</c> is stable:
/// it derives the id from the recipe, the value's place in it and a counter, so importing a recipe twice addresses
/// the same items instead of creating copies.
/// </summary>
public sealed class RecipeScript : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);
    private const int MaxStatements = 100_000;
    private const long MaxMemoryBytes = 16 * 1024 * 1024;

    /// <summary>The configuration section that <c>configuration('key')</c> reads from.</summary>
    public const string ConfigurationSection = "CrmSite:Recipes";

    private readonly Engine _engine;
    private readonly string _recipeName;
    private string _place = "";
    private int _counter;

    public RecipeScript(string recipeName, JsonObject variables, IReadOnlyDictionary<string, string> parameters, IConfiguration configuration)
    {
        _recipeName = recipeName;
        _engine = new Engine(options => options
            .TimeoutInterval(Timeout)
            .MaxStatements(MaxStatements)
            .LimitMemory(MaxMemoryBytes)
            .LimitRecursion(64)
            .Strict());
        _engine.SetValue("uuid", new Func<string>(() => IdGenerator.FromSeed($"{_recipeName}|{_place}|{_counter++}")));
        _engine.SetValue("base64", new Func<string, string>(value => Encoding.UTF8.GetString(Convert.FromBase64String(value))));
        _engine.SetValue("variables", new Func<string, JsValue>(name =>
            variables[name] is { } node ? _engine.Evaluate("(" + node.ToJsonString() + ")") : JsValue.Undefined));
        _engine.SetValue("parameters", new Func<string, string?>(name => parameters.GetValueOrDefault(name)));
        // Only the recipes' own section: a recipe must not copy secrets (connection strings, passwords) into content.
        _engine.SetValue("configuration", new Func<string, string?, string?>((key, fallback) =>
            configuration.GetSection(ConfigurationSection)[key] ?? fallback));
    }

    /// <summary>Evaluates <paramref name="script"/> found at <paramref name="place"/> (a JSON path) to a JSON value.</summary>
    /// <exception cref="RecipeException">The script threw, looped past its limits, or is not JavaScript.</exception>
    public JsonNode? Evaluate(string script, string place)
    {
        _place = place;
        _counter = 0;
        try
        {
            var value = _engine.Evaluate(script);
            return value.IsUndefined() || value.IsNull()
                ? null
                : JsonNode.Parse(new Jint.Native.Json.JsonSerializer(_engine).Serialize(value).AsString());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Jint reports syntax errors, throws, time-outs and limits with many exception types; all end the recipe.
            throw new RecipeException($"the script at {place} `{Shorten(script)}` failed: {e.Message}", e);
        }
    }

    public void Dispose() => _engine.Dispose();

    private static string Shorten(string script) => script.Length > 80 ? script[..77] + "..." : script;
}

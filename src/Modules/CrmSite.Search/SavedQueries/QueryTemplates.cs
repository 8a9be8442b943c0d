using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using Fluid;

namespace CrmSite.Search.SavedQueries;

/// <summary>
/// Renders saved queries' Liquid templates into the query DSL. Parameters become the template's values; output is
/// encoded with <see cref="JavaScriptEncoder.Default"/>, as Orchard does, so a string written inside quotes stays
/// one JSON string whatever it holds. Each template is parsed once and kept while its query's text is unchanged.
/// </summary>
public sealed class QueryTemplates
{
    // A query template only builds a small JSON document: a loop over a huge range or deep recursion is stopped.
    private readonly TemplateOptions _options = new() { MaxSteps = 10_000, MaxRecursion = 16, CultureInfo = CultureInfo.InvariantCulture };
    private readonly FluidParser _parser = new();
    private readonly ConcurrentDictionary<string, (string Text, IFluidTemplate Template)> _parsed = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Null when <paramref name="template"/> is valid Liquid; otherwise the parser's message.</summary>
    public string? Check(string template) => _parser.TryParse(template, out _, out var error) ? null : error;

    /// <exception cref="QueryTemplateException">The parameters cannot be used, or the template fails with them.</exception>
    public async Task<string> RenderAsync(SavedQuery query, JsonObject parameters)
    {
        var template = Parsed(query);
        var context = new TemplateContext(_options);
        foreach (var (name, value) in parameters)
        {
            context.SetValue(name, TemplateValues.From(value, _options, "parameters." + name));
        }
        try
        {
            return await template.RenderAsync(context, JavaScriptEncoder.Default);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Filters throw what they throw (division by zero, bad dates, the step limit): all are the parameters' doing.
            throw new QueryTemplateException("parameters", $"The query '{query.Name}' cannot be rendered with these parameters: {e.Message}");
        }
    }

    private IFluidTemplate Parsed(SavedQuery query)
    {
        if (_parsed.TryGetValue(query.Name, out var cached) && cached.Text == query.Template)
        {
            return cached.Template;
        }
        if (!_parser.TryParse(query.Template, out var template, out var error))
        {
            // The step refuses such templates; one can only come from a store written some other way.
            throw new QueryTemplateException("query", $"The template of query '{query.Name}' is not valid Liquid: {error}");
        }
        _parsed[query.Name] = (query.Template, template);
        return template;
    }
}

using Ganss.Xss;
using Markdig;

namespace CrmSite.GraphQL.Schema;

/// <summary>HTML as the API hands it out: stored HTML sanitised, Markdown rendered and then sanitised.</summary>
public static class HtmlOutput
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    // HtmlSanitizer is safe to share once configured; the default allow-list drops scripts, handlers and javascript: URLs.
    private static readonly HtmlSanitizer Sanitizer = new();

    public static string? Sanitize(string? html) => string.IsNullOrEmpty(html) ? html : Sanitizer.Sanitize(html);

    public static string? FromMarkdown(string? markdown) =>
        string.IsNullOrEmpty(markdown) ? markdown : Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));
}

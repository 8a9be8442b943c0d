using Ganss.Xss;
using Markdig;

namespace CrmSite.Content.Rendering;

/// <summary>
/// HTML as every surface hands it out (the API, the admin preview and diff): stored HTML sanitised, Markdown
/// rendered and then sanitised. Nothing renders stored HTML any other way.
/// </summary>
public static class ContentHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    // HtmlSanitizer is safe to share once configured; the default allow-list drops scripts, handlers and javascript: URLs.
    private static readonly HtmlSanitizer Sanitizer = new();

    public static string? Sanitize(string? html) => string.IsNullOrEmpty(html) ? html : Sanitizer.Sanitize(html);

    public static string? FromMarkdown(string? markdown) =>
        string.IsNullOrEmpty(markdown) ? markdown : Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));
}

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;

namespace CrmSite.Search.Indexing;

/// <summary>
/// The analyzer queries parse with: the index's analyzer for text fields, and a keyword analyzer (the value as one
/// term, case kept) for the fields <see cref="ContentDocumentBuilder"/> writes as keywords, so that
/// <c>match</c> or <c>query_string</c> on <c>Content.ContentItem.ContentType</c> or an id finds what <c>term</c> finds.
/// </summary>
public sealed class FieldAwareAnalyzer(Analyzer text) : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
{
    private static readonly Analyzer Keyword = new KeywordAnalyzer();

    private static readonly string[] KeywordSuffixes = [".keyword", ".ContentItemIds", ".TermContentItemIds", ".Url"];

    private static readonly HashSet<string> KeywordFields = new(StringComparer.Ordinal)
    {
        ContentDocumentBuilder.IdField, ContentDocumentBuilder.VersionField, "AutoroutePart.Path", "ContainedPart.ListContentItemId",
        "LocalizationPart.Culture", "LocalizationPart.LocalizationSet",
    };

    public static bool IsKeyword(string field) =>
        KeywordFields.Contains(field) ||
        (field.StartsWith(ContentDocumentBuilder.Prefix, StringComparison.Ordinal) && field != ContentDocumentBuilder.FullText &&
         !field.EndsWith(".Analyzed", StringComparison.Ordinal)) ||
        KeywordSuffixes.Any(s => field.EndsWith(s, StringComparison.Ordinal));

    protected override Analyzer GetWrappedAnalyzer(string fieldName) => IsKeyword(fieldName) ? Keyword : text;
}

namespace CrmSite.Search.SavedQueries;

/// <summary>A saved query's template could not be rendered; <see cref="Member"/> names the request member at fault.</summary>
public sealed class QueryTemplateException : Exception
{
    public QueryTemplateException(string member, string message) : base(message) => Member = member;

    public QueryTemplateException() : this("query", "The query template could not be rendered.") { }

    public QueryTemplateException(string message) : this("query", message) { }

    public QueryTemplateException(string message, Exception innerException) : base(message, innerException) => Member = "query";

    public string Member { get; }
}

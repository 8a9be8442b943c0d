namespace CrmSite.Search.Queries;

// Path is where in the request JSON the problem is ("query.bool.should[1].match"); "$" is the request itself.
public sealed class QueryDslException(string path, string message) : Exception(message)
{
    public string Path { get; } = path;
}

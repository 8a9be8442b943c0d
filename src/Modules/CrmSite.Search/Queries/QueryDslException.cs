namespace CrmSite.Search.Queries;

public sealed class QueryDslException(string path, string message) : Exception(message)
{
    public string Path { get; } = path;
}

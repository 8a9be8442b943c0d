namespace CrmSite.Search.Queries;

// Both Lucene query parsers recurse once per parenthesis; a deep enough "((((..." would overflow the stack and end
// the process, which no catch can stop. So the nesting is counted before either parser sees the text.
internal static class QueryTextNesting
{
    public static void Check(string text, string path, int maxNesting)
    {
        var depth = 0;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '"':
                    quoted = !quoted;
                    break;
                case '(' when !quoted:
                    if (++depth > maxNesting)
                    {
                        throw new QueryDslException(path, $"the query text nests parentheses deeper than {Math.Max(maxNesting, 0)} levels");
                    }

                    break;
                case ')' when !quoted:
                    depth = Math.Max(depth - 1, 0);
                    break;
            }
        }
    }
}

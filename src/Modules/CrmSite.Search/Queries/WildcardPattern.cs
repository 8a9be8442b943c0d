namespace CrmSite.Search.Queries;

// Lucene turns a wildcard pattern into an automaton and determinises it. After a '*', every '?' (and every character
// in the same stretch) doubles the states that can be needed: "*a" followed by twenty '?' took over 20 GB in a trial
// here, and Lucene 4.8 has no cap of its own. So the stretches after a '*' that hold a '?' are kept short.
internal static class WildcardPattern
{
    public const int MaxUncertainChars = 8;

    public static void Check(string pattern, string path, QueryLimits limits)
    {
        if (!limits.AllowLeadingWildcard && pattern.Length > 0 && pattern[0] is '*' or '?')
        {
            throw new QueryDslException(path, $"the pattern '{pattern}' starts with '{pattern[0]}'; leading wildcards are turned off for this index");
        }

        var afterStar = false;
        var stretch = 0;
        var stretchHasQuestion = false;
        var uncertain = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '*')
            {
                uncertain += stretchHasQuestion ? stretch : 0;
                (afterStar, stretch, stretchHasQuestion) = (true, 0, false);
                continue;
            }

            if (afterStar)
            {
                stretch++;
                stretchHasQuestion |= c == '?';
            }
        }

        uncertain += stretchHasQuestion ? stretch : 0;
        if (uncertain > MaxUncertainChars)
        {
            throw new QueryDslException(path, $"the pattern '{pattern}' is too costly: after a '*', at most {MaxUncertainChars} characters may share a stretch with a '?'");
        }
    }
}

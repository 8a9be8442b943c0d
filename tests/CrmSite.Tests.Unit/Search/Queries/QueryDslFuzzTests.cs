using System.Text;
using CrmSite.Search.Queries;

namespace CrmSite.Tests.Unit.Search.Queries;

public sealed class QueryDslFuzzTests(SampleIndex index) : IClassFixture<SampleIndex>
{
    private static readonly string[] Samples =
    [
        """{"query":{"match":{"Content.ContentItem.FullText":"orchard"}}}""",
        """{"query":{"bool":{"should":[{"term":{"ContentType":{"value":"Article","boost":2}}},{"wildcard":{"Content.ContentItem.FullText":"orch*"}}],"minimum_should_match":1}},"size":3,"from":1}""",
        """{"query":{"range":{"FactSheet.Year":{"gte":2019,"lt":2023}}},"sort":[{"FactSheet.Year":{"order":"desc","type":"long"}},"ContentType"]}""",
        """{"query":{"query_string":{"query":"orch* AND (child OR \"fact sheet\"~2) -ContentType:Article","default_operator":"and"}}}""",
        """{"query":{"simple_query_string":{"query":"child + (punjab | sindh~1) -\"youth\"","fields":["Content.ContentItem.FullText^2"]}}}""",
        """{"query":{"fuzzy":{"Content.ContentItem.FullText":{"value":"provinse","fuzziness":"AUTO","prefix_length":1,"max_expansions":20}}}}""",
        """{"query":{"match_phrase":{"Content.ContentItem.FullText":{"query":"fact sheet","slop":1}}},"sort":{"_score":"desc"}}""",
        """{"query":{"terms":{"ContentType":["Article","FactSheet"],"boost":1.5}}}""",
    ];

    private static readonly string[] Pieces =
    [
        "{", "}", "[", "]", ":", ",", "\"", "\\", "null", "true", "-1", "1e999", "0.5", "\"query\"", "\"bool\"", "\"must\"",
        "\"should\"", "\"match\"", "\"range\"", "\"gte\"", "\"size\"", "\"sort\"", "\"terms\"", "\"wildcard\"", "\"*\"",
        "\"((((\"", "\"query_string\"", "\"F\"", "\"\"", "\"boost\"", "2147483648", "\"\\u0000\"", "\"AUTO\"",
    ];

    [Fact]
    public void Parse_ThrowsOnlyQueryDslException_WhenFedGarbledJson()
    {
        var random = new Random(20240611);
        var inputs = new List<string>();
        for (var i = 0; i < 120; i++)
        {
            inputs.Add(Mutate(Samples[i % Samples.Length], random));
        }

        for (var i = 0; i < 80; i++)
        {
            inputs.Add(Soup(random));
        }

        var failures = new List<string>();
        foreach (var json in inputs)
        {
            try
            {
                var parsed = SampleIndex.Parse(json, new QueryLimits(AllowLeadingWildcard: random.Next(2) == 0));
                index.Searcher.Search(parsed.Query, Math.Max(parsed.Size, 1));
            }
            catch (QueryDslException ex) when (ex.Path.Length > 0)
            {
            }
            catch (Exception ex)
            {
                failures.Add($"{ex.GetType().Name}: {ex.Message} <- {json}");
            }
        }

        Assert.Equal(200, inputs.Count);
        Assert.Empty(failures);
    }

    [Fact]
    public void Parse_RunsEverySample_WhenSamplesAreUntouched()
    {
        var counts = Samples.Select(json => index.Ids(SampleIndex.Parse(json)).Count).ToList();

        Assert.All(counts, count => Assert.InRange(count, 1, 5));
    }

    private static string Mutate(string json, Random random)
    {
        var text = new StringBuilder(json);
        var edits = random.Next(1, 6);
        for (var i = 0; i < edits && text.Length > 0; i++)
        {
            var at = random.Next(text.Length);
            switch (random.Next(4))
            {
                case 0:
                    text.Remove(at, Math.Min(random.Next(1, 8), text.Length - at));
                    break;
                case 1:
                    text.Insert(at, Pieces[random.Next(Pieces.Length)]);
                    break;
                case 2:
                    text[at] = (char)random.Next(32, 127);
                    break;
                default:
                    var digits = random.Next(10).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    text.Insert(at, random.Next(2) == 0 ? digits : "\"" + digits + "\"");
                    break;
            }
        }

        return text.ToString();
    }

    private static string Soup(Random random)
    {
        var text = new StringBuilder(random.Next(3) == 0 ? string.Empty : "{\"query\":");
        var count = random.Next(1, 40);
        for (var i = 0; i < count; i++)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }
}

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

    [Fact]
    public void Parse_ThrowsOnlyQueryDslException_WhenFedGarbledJson()
    {
        var random = new Random(20240611);
        var inputs = new List<string>();
        for (var i = 0; i < 80; i++)
        {
            inputs.Add(RandomRequests.Mutate(Samples[i % Samples.Length], random));
            inputs.Add(RandomRequests.Shaped(random));
        }

        for (var i = 0; i < 40; i++)
        {
            inputs.Add(RandomRequests.Soup(random));
        }

        var failures = new List<string>();
        var parsedCount = 0;
        foreach (var json in inputs)
        {
            try
            {
                var parsed = SampleIndex.Parse(json, new QueryLimits(AllowLeadingWildcard: random.Next(2) == 0));
                index.Searcher.Search(parsed.Query, Math.Max(parsed.Size, 1));
                parsedCount++;
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
        Assert.InRange(parsedCount, 20, 180);
    }

    [Fact]
    public void Parse_RunsEverySample_WhenSamplesAreUntouched()
    {
        var counts = Samples.Select(json => index.Ids(SampleIndex.Parse(json)).Count).ToList();

        Assert.All(counts, count => Assert.InRange(count, 1, 5));
    }

    [Fact]
    public void Parse_ThrowsOnlyQueryDslException_WhenTextHasLoneSurrogate()
    {
        string[] inputs = ["{\"query\":{\"term\":{\"F\":\"a\uD800b\"}}}", """{"query":{"term":{"F":"a\ud800b"}}}""", "{\"sort\":\"\uDC00\"}"];

        var errors = inputs.Select(json => Record.Exception(() => index.Ids(SampleIndex.Parse(json)))).ToList();

        Assert.All(errors, error => Assert.True(error is null or QueryDslException, error?.ToString()));
    }
}

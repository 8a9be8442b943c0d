using CrmSite.Search.Queries;
using Lucene.Net.Search;

namespace CrmSite.Tests.Unit.Search.Queries;

public sealed class TimedSearchTests(SampleIndex index) : IClassFixture<SampleIndex>
{
    [Fact]
    public void Run_ReturnsEveryHit_WhenTimeIsEnough()
    {
        var found = TimedSearch.Run(index.Searcher, SampleIndex.Parse("{}"), TimeLimitingCollector.GlobalCounter, TimeSpan.FromSeconds(2));

        Assert.False(found.TimedOut);
        Assert.Equal(5, found.Top.TotalHits);
        Assert.Equal(5, found.Top.ScoreDocs.Length);
    }

    [Fact]
    public void Run_ReturnsTheHitsCollectedSoFar_WhenTimeRunsOut()
    {
        // The clock is read once for the baseline and once per hit: two hits fit in two ticks.
        var found = TimedSearch.Run(index.Searcher, SampleIndex.Parse("{}"), new SteppingClock(), TimeSpan.FromMilliseconds(2));

        Assert.True(found.TimedOut);
        Assert.Equal(2, found.Top.TotalHits);
        Assert.Equal(2, found.Top.ScoreDocs.Length);
    }

    [Fact]
    public void Run_ReturnsTheSortedHitsCollectedSoFar_WhenTimeRunsOutOnASortedQuery()
    {
        var parsed = SampleIndex.Parse("""{"sort":{"FactSheet.Year":{"order":"desc","type":"long"}}}""");

        var found = TimedSearch.Run(index.Searcher, parsed, new SteppingClock(), TimeSpan.FromMilliseconds(3));

        Assert.True(found.TimedOut);
        Assert.Equal(3, found.Top.ScoreDocs.Length);
        Assert.All(found.Top.ScoreDocs, hit => Assert.IsType<FieldDoc>(hit));
    }

    [Fact]
    public void Run_CountsEveryHit_WhenSizeIsZero()
    {
        var found = TimedSearch.Run(index.Searcher, SampleIndex.Parse("""{"size":0}"""), TimeLimitingCollector.GlobalCounter, TimeSpan.FromSeconds(2));

        Assert.False(found.TimedOut);
        Assert.Equal(5, found.Top.TotalHits);
    }

    [Fact]
    public void Run_Throws_WhenTheTimeoutIsNotPositive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            TimedSearch.Run(index.Searcher, SampleIndex.Parse("{}"), new SteppingClock(), TimeSpan.Zero));
    }
}

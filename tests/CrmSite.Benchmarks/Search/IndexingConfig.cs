using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace CrmSite.Benchmarks.Search;

/// <summary>One call an iteration (each starts from a fresh folder or a full rebuild), one warm-up and three iterations.</summary>
public sealed class IndexingConfig : ManualConfig
{
    public IndexingConfig() => AddJob(SearchJobs.Quick(singleInvocation: true).WithIterationCount(3));
}

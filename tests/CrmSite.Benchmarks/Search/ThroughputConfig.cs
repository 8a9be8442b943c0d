using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace CrmSite.Benchmarks.Search;

/// <summary>The quick in-process job of <see cref="SearchJobs"/>, with operations a second and the throughput ratio to the baseline.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddJob(SearchJobs.Quick(singleInvocation: false));
        AddColumn(StatisticColumn.OperationsPerSecond, new ThroughputRatioColumn());
    }
}

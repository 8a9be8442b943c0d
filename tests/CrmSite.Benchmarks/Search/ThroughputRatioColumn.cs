using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CrmSite.Benchmarks.Search;

/// <summary>Queries a second against the baseline's: the baseline's mean time divided by this one's (2.0 = twice as many).</summary>
public sealed class ThroughputRatioColumn : IColumn
{
    public string Id => nameof(ThroughputRatioColumn);

    public string ColumnName => "Throughput / base";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Baseline;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Operations per second divided by the baseline's (the baseline's mean over this mean)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var baseline = summary.GetBaseline(summary.GetLogicalGroupKey(benchmarkCase));
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        var reference = baseline is null ? null : summary[baseline]?.ResultStatistics?.Mean;
        return mean is > 0 && reference is { } value ? (value / mean.Value).ToString("F2", CultureInfo.InvariantCulture) : "NA";
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}

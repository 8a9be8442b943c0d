using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CrmSite.Benchmarks.Search;

/// <summary>
/// A latency percentile of a benchmark in milliseconds: on its own (<c>P99</c>, which BenchmarkDotNet has no column
/// for), minus the same percentile of the baseline (<c>P50 over base</c>), or divided by it (<c>P99 / base</c>).
/// Meaningful with one call an iteration, where each measurement is one call's latency.
/// </summary>
public sealed class PercentileColumn(int percentile, PercentileColumn.Against against) : IColumn
{
    public enum Against
    {
        Nothing,
        BaselineDifference,
        BaselineRatio,
    }

    public string Id => $"{nameof(PercentileColumn)}.{percentile}.{against}";

    public string ColumnName => against switch
    {
        Against.BaselineDifference => $"P{percentile} over base",
        Against.BaselineRatio => $"P{percentile} / base",
        _ => $"P{percentile}",
    };

    public bool AlwaysShow => true;

    public ColumnCategory Category => against == Against.Nothing ? ColumnCategory.Statistics : ColumnCategory.Baseline;

    public int PriorityInCategory => percentile;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => against switch
    {
        Against.BaselineDifference => $"{percentile}th percentile of one call's latency minus the baseline's, in ms",
        Against.BaselineRatio => $"{percentile}th percentile of one call's latency divided by the baseline's",
        _ => $"{percentile}th percentile of one call's latency, in ms",
    };

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var value = Milliseconds(summary, benchmarkCase);
        if (value is null)
        {
            return "NA";
        }
        if (against == Against.Nothing)
        {
            return value.Value.ToString("F3", CultureInfo.InvariantCulture);
        }
        var baseline = summary.GetBaseline(summary.GetLogicalGroupKey(benchmarkCase));
        if (baseline is null || Milliseconds(summary, baseline) is not { } reference)
        {
            return "NA";
        }
        return against == Against.BaselineDifference
            ? (value.Value - reference).ToString("F3", CultureInfo.InvariantCulture)
            : (value.Value / reference).ToString("F2", CultureInfo.InvariantCulture);
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    private double? Milliseconds(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase]?.ResultStatistics?.Percentiles.Percentile(percentile) / 1_000_000.0;
}

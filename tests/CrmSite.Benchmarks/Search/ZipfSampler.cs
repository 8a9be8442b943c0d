namespace CrmSite.Benchmarks.Search;

/// <summary>
/// Draws words so that the word of rank r comes up with probability proportional to 1/r (Zipf, exponent 1), the
/// shape word frequencies have in real text: a few words in most documents, a long tail in a handful each.
/// </summary>
public sealed class ZipfSampler
{
    private readonly IReadOnlyList<string> _words;
    private readonly double[] _cumulative;

    public ZipfSampler(IReadOnlyList<string> words)
    {
        _words = words;
        _cumulative = new double[words.Count];
        var sum = 0.0;
        for (var rank = 1; rank <= words.Count; rank++)
        {
            sum += 1.0 / rank;
            _cumulative[rank - 1] = sum;
        }
    }

    public string Next(Random random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        return _words[index >= 0 ? index : Math.Min(~index, _words.Count - 1)];
    }
}

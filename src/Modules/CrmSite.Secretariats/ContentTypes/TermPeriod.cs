namespace CrmSite.Secretariats.ContentTypes;

/// <summary>
/// When a secretariat term runs. Either end may be unknown (sources often date only the election or only the
/// hand-over); an unknown end is not taken as "still running", so such a term covers just its known date.
/// </summary>
public readonly record struct TermPeriod(DateTime? Start, DateTime? End)
{
    /// <summary>The date the term is ordered by: its start, or its end when the start is unknown.</summary>
    public DateTime? SortDate => Start ?? End;

    /// <summary>
    /// True when the two periods run at the same time: they start on the same day, or each starts before the other
    /// ends. Sharing only the hand-over day (one ends the day the other starts) is not an overlap.
    /// </summary>
    public bool Overlaps(TermPeriod other)
    {
        if (SortDate is not { } from || other.SortDate is not { } otherFrom)
        {
            return false;
        }
        if (Start is { } start && other.Start is { } otherStart && start.Date == otherStart.Date)
        {
            return true;
        }
        return from.Date < (other.End ?? otherFrom).Date && otherFrom.Date < (End ?? from).Date;
    }

    /// <summary>True when the term has a known start and end and <paramref name="day"/> lies between them.</summary>
    public bool Covers(DateTime day) => Start is { } start && End is { } end && start.Date <= day.Date && day.Date <= end.Date;
}

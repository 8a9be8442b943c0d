namespace CrmSite.Workflows.Engine;

/// <summary>What an activity did: took outcomes (followed by their transitions), halted (waits on an event), or neither.</summary>
public sealed class ActivityResult
{
    private ActivityResult(IReadOnlyList<string> outcomes, bool halted)
    {
        OutcomeNames = outcomes;
        IsHalted = halted;
    }

    public IReadOnlyList<string> OutcomeNames { get; }

    public bool IsHalted { get; }

    /// <summary>Waits: the instance halts on this activity until its event happens.</summary>
    public static ActivityResult Halt { get; } = new([], halted: true);

    /// <summary>Does nothing further on this path (a join still waiting for its other branches).</summary>
    public static ActivityResult Noop { get; } = new([], halted: false);

    public static ActivityResult Outcomes(params IEnumerable<string> names) => new(names.ToArray(), halted: false);
}

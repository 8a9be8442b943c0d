using FsCheck;
using FsCheck.Fluent;

namespace CrmSite.Tests.Integration.Secretariats.Elections;

/// <summary>What a random user does next in the election model.</summary>
public enum EmbargoAction
{
    Submit,
    Edit,
    Approve,
    Reject,
    RejectWithoutReason,
}

/// <summary>
/// One random step: an action by one of the officers (by index), on a chapter (for a submission) or on one of the
/// results submitted so far (by index, modulo their number), with a variant choosing valid or invalid values.
/// </summary>
public sealed record EmbargoStep(EmbargoAction Action, int Officer, int Chapter, int Result, int Variant)
{
    public static Gen<EmbargoStep> Generator(int officers, int chapters) =>
        from action in Gen.Frequency(
            (4, Gen.Constant(EmbargoAction.Submit)),
            (3, Gen.Constant(EmbargoAction.Edit)),
            (4, Gen.Constant(EmbargoAction.Approve)),
            (2, Gen.Constant(EmbargoAction.Reject)),
            (1, Gen.Constant(EmbargoAction.RejectWithoutReason)))
        from officer in Gen.Choose(0, officers - 1)
        from chapter in Gen.Choose(0, chapters - 1)
        from result in Gen.Choose(0, 1_000_000)
        from variant in Gen.Choose(0, 9)
        select new EmbargoStep(action, officer, chapter, result, variant);

    /// <summary><paramref name="count"/> steps, the same ones for the same seed.</summary>
    public static EmbargoStep[] Sample(int count, ulong seed, int officers, int chapters) =>
        Gen.Sample(Gen.ArrayOf(Generator(officers, chapters), count), 1, new Rnd(seed), 1)[0];
}

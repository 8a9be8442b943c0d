using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;
using static CrmSite.Tests.Integration.Authorization.MatrixItem;

namespace CrmSite.Tests.Integration.Authorization;

/// <summary>
/// The generated set: every caller, item kind, operation and surface, each combination performed on a real site
/// and compared with <see cref="ReferenceModel"/>. Reads run first on one item per caller and kind; writes then
/// reuse that item until one is allowed (a denied write must leave it as it was, which is checked) and take a
/// fresh one after.
/// </summary>
public sealed class AuthorizationMatrix(SiteFactory site)
{
    private static readonly MatrixOperation[] Reads = [MatrixOperation.View, MatrixOperation.Preview];
    private static readonly MatrixOperation[] Writes = [MatrixOperation.Edit, MatrixOperation.Publish, MatrixOperation.Unpublish, MatrixOperation.Delete];

    private readonly MatrixItems _items = new(site, Guid.NewGuid().ToString("N")[..6]);
    private readonly List<string> _mismatches = [];
    private int _combinations;

    public static IReadOnlyList<MatrixSurface> Surfaces { get; } =
        [new RestSurface(), new RestVersionsSurface(), new GraphQLSurface(), new SearchSurface(), new LuceneSurface(), new AdminListSurface(),
            new AdminEditorSurface()];

    public static IReadOnlyList<MatrixCaller> Callers { get; } =
    [
        MatrixCaller.Anonymous,
        new("Authenticated", [], []),
        new("Author", ["Author"], []),
        new("Author", ["Author"], [Punjab]),
        new("Contributor", ["Contributor"], [Punjab]),
        new("Editor", ["Editor"], [Punjab]),
        new("Editor", ["Editor"], [Sindh]),
        new("Editor", ["Editor"], []),
        new("Administrator", ["Administrator"], []),
        new(ReferenceModel.FactSheetEditor, [ReferenceModel.FactSheetEditor], [Punjab]),
        new("MembershipOfficer", ["MembershipOfficer"], [Punjab]),
    ];

    /// <summary>Fact sheets of two chapters, publications (no chapter) and individual members, in every state, own and others'.</summary>
    public static IReadOnlyList<MatrixItem> Items { get; } =
    [
        .. from chapter in new[] { Punjab, Sindh }
           from state in Enum.GetValues<ItemState>()
           from own in new[] { true, false }
           select new MatrixItem("FactSheet", chapter, state, own),
        .. from state in Enum.GetValues<ItemState>()
           from own in new[] { true, false }
           select new MatrixItem("Publication", null, state, own),
        .. from chapter in new[] { Punjab, Sindh }
           from state in new[] { ItemState.Published, ItemState.Draft }
           select new MatrixItem("Member", chapter, state, OwnedByCaller: false),
        new MatrixItem("Member", Punjab, ItemState.Published, OwnedByCaller: true),
    ];

    /// <summary>Runs every combination; returns how many ran and one line per mismatch.</summary>
    public async Task<(int Combinations, IReadOnlyList<string> Mismatches)> RunAsync()
    {
        await site.ImportAsync(new JsonObject
        {
            ["name"] = "matrix-roles",
            ["steps"] = new JsonArray(new JsonObject
            {
                ["name"] = "Roles",
                ["Roles"] = new JsonArray(new JsonObject
                {
                    ["Name"] = ReferenceModel.FactSheetEditor,
                    ["Description"] = "Fact sheets only",
                    ["Permissions"] = new JsonArray([.. ReferenceModel.FactSheetEditorPermissions.Select(p => (JsonNode)p)]),
                }),
            }),
        }.ToJsonString());
        var (_, someoneElse) = await MatrixSessions.CreateUserAsync(site, ["Author"], []);
        var sessions = new List<MatrixSession>();
        try
        {
            foreach (var caller in Callers)
            {
                sessions.Add(await MatrixSessions.SignInAsync(site, caller));
            }
            var pairs = sessions.SelectMany(s => Items.Where(i => s.Caller.SignedIn || !i.OwnedByCaller).Select(i => (Session: s, Item: i))).ToList();
            string Owner((MatrixSession Session, MatrixItem Item) pair) => pair.Item.OwnedByCaller ? pair.Session.UserId! : someoneElse;
            var targets = await _items.CreateAsync([.. pairs.Select(p => (p.Item, Owner(p)))]);
            // A fresh item for every write the model expects to succeed: a write that succeeds changes its item.
            var spares = pairs.SelectMany(p => Enumerable.Repeat(p, ExpectedWrites(p.Session, p.Item))).ToList();
            var spareTargets = await _items.CreateAsync([.. spares.Select(p => (p.Item, Owner(p)))]);
            var pools = spares.Zip(spareTargets).GroupBy(s => s.First, s => s.Second).ToDictionary(g => g.Key, g => new Queue<MatrixTarget>(g));
            var administrator = sessions.Single(s => s.Caller.IsAdministrator);
            foreach (var surface in Surfaces)
            {
                await surface.CatchUpAsync(administrator, [.. targets, .. spareTargets]);
            }
            // Callers act on items of their own, so they can run side by side.
            var work = pairs.Zip(targets).GroupBy(p => p.First.Session);
            await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = 3 }, async (caller, _) =>
            {
                foreach (var (pair, target) in caller)
                {
                    await ReadAsync(pair.Session, target);
                }
                foreach (var (pair, target) in caller)
                {
                    await WriteAsync(pair.Session, target, Owner(pair), pools.GetValueOrDefault(pair) ?? []);
                }
            });
        }
        finally
        {
            sessions.ForEach(s => s.Dispose());
        }
        return (_combinations, _mismatches);
    }

    private async Task ReadAsync(MatrixSession session, MatrixTarget target)
    {
        foreach (var surface in Surfaces)
        {
            foreach (var operation in Reads.Where(surface.Operations.Contains))
            {
                if (Expected(session, surface, operation, target.Item) is { } expected)
                {
                    Compare(session, surface, operation, target.Item, expected, await surface.PerformAsync(session, operation, target));
                }
            }
        }
    }

    private async Task WriteAsync(MatrixSession session, MatrixTarget target, string owner, Queue<MatrixTarget> spares)
    {
        var fresh = true;
        foreach (var surface in Surfaces)
        {
            foreach (var operation in Writes.Where(surface.Operations.Contains))
            {
                if (Expected(session, surface, operation, target.Item) is not { } expected)
                {
                    continue;
                }
                if (!fresh)
                {
                    target = spares.TryDequeue(out var spare) ? spare : await _items.CreateAsync(target.Item, owner);
                }
                var before = await _items.VersionsAsync(target.Id);
                var outcome = await surface.PerformAsync(session, operation, target);
                fresh = outcome.Allowed == false;
                if (fresh && await _items.VersionsAsync(target.Id) != before)
                {
                    outcome = MatrixOutcome.Allow(outcome.Detail + ", but the item changed");
                    fresh = false;
                }
                Compare(session, surface, operation, target.Item, expected, outcome);
            }
        }
    }

    private static int ExpectedWrites(MatrixSession session, MatrixItem item) =>
        Surfaces.Sum(s => Writes.Count(o => s.Operations.Contains(o) && Expected(session, s, o, item) == true));

    private static bool? Expected(MatrixSession session, MatrixSurface surface, MatrixOperation operation, MatrixItem item) =>
        ReferenceModel.Expect(session.Caller, item, operation, surface.Gate(operation)) is { } expected ? expected && surface.Reaches(item) : null;

    private void Compare(MatrixSession session, MatrixSurface surface, MatrixOperation operation, MatrixItem item, bool expected, MatrixOutcome outcome)
    {
        Interlocked.Increment(ref _combinations);
        if (outcome.Allowed != expected)
        {
            lock (_mismatches)
            {
                _mismatches.Add($"{session.Caller.Name} {item.Name} {operation} {surface.Name}: expected {(expected ? "allowed" : "denied")}, got {outcome}");
            }
        }
    }
}

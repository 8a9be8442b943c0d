namespace CrmSite.Search.Indexes;

/// <summary>
/// Asks every node to rebuild its copy of some indexes from the store, for the recipe steps and the admin page
/// alike: the profile's generation grows, and each node's sync worker rebuilds an index whose generation is behind.
/// Orchard's "rebuild" and "reset" both come to this here, since a rebuild from the store is always complete.
/// </summary>
public sealed class IndexRebuildRequests(IndexProfileStore profiles)
{
    /// <summary>Raises the generation of the named indexes (or of all); returns the names that match no index.</summary>
    public async Task<IReadOnlyList<string>> RequestAsync(IReadOnlyCollection<string> names, bool all, CancellationToken cancellationToken)
    {
        var wanted = names.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = new List<string>();
        await profiles.UpdateAsync(document =>
        {
            unknown.AddRange(wanted.Where(n => document.Find(n) is null));
            for (var i = 0; i < document.Indexes.Count; i++)
            {
                if (all || wanted.Contains(document.Indexes[i].Name))
                {
                    document.Indexes[i] = document.Indexes[i] with { Generation = document.Indexes[i].Generation + 1 };
                }
            }
        }, cancellationToken);
        return unknown;
    }
}

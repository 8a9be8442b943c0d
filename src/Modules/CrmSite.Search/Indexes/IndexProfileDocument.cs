namespace CrmSite.Search.Indexes;

/// <summary>Every index profile, stored as one document (<c>LuceneIndexes</c>) with a version stamp.</summary>
public sealed class IndexProfileDocument
{
    public const string Name = "LuceneIndexes";

    public List<IndexProfile> Indexes { get; set; } = [];

    public IndexProfile? Find(string name) => Indexes.Find(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase));
}

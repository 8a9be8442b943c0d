namespace CrmSite.Search.SavedQueries;

/// <summary>Every saved query, stored as one document (<c>Queries</c>) with a version stamp.</summary>
public sealed class SavedQueryDocument
{
    public const string Name = "Queries";

    public List<SavedQuery> Queries { get; set; } = [];

    public SavedQuery? Find(string name) => Queries.Find(q => string.Equals(q.Name, name, StringComparison.OrdinalIgnoreCase));
}

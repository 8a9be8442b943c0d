namespace CrmSite.Content.Store;

/// <summary>
/// Text for index columns: bounded to the column's length and free of NUL, which PostgreSQL's text type cannot
/// hold. The item's JSON keeps the value as written.
/// </summary>
internal static class IndexText
{
    public static string Bound(string value, int maxLength)
    {
        var clean = value.Contains('\0', StringComparison.Ordinal) ? value.Replace("\0", "", StringComparison.Ordinal) : value;
        return clean.Length > maxLength ? clean[..maxLength] : clean;
    }
}

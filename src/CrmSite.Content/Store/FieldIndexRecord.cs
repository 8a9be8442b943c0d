namespace CrmSite.Content.Store;

/// <summary>
/// One value of one field (or indexed part property) of one version, in a typed column, so that queries can
/// filter and sort on field values in SQL. Multi-valued fields give one row a value.
/// </summary>
public sealed class FieldIndexRecord
{
    public long Id { get; set; }
    public required string ContentItemId { get; set; }
    public required string ContentItemVersionId { get; set; }
    public required string ContentType { get; set; }
    public required string PartName { get; set; }
    public required string FieldName { get; set; }
    public string? Text { get; set; }
    public decimal? Number { get; set; }
    public DateTime? Date { get; set; }
    public bool? Boolean { get; set; }
}

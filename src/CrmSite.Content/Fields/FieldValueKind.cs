namespace CrmSite.Content.Fields;

/// <summary>The JSON shape of a field's main value, which decides how it is checked and indexed.</summary>
public enum FieldValueKind
{
    Text,
    LongText,
    Number,
    Boolean,
    Date,
    TextList,
}

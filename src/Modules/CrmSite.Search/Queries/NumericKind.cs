namespace CrmSite.Search.Queries;

// How a numeric field is indexed; Orchard indexes integers as Int64Field and decimals as DoubleField.
public enum NumericKind
{
    Int64Field,
    DoubleField,
}

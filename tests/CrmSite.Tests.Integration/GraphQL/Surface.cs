namespace CrmSite.Tests.Integration.GraphQL;

/// <summary>
/// One way items of <see cref="OwnerType"/> show content items: the field path (<c>chapter</c>, <c>contentItems</c>)
/// and its kind, named after the type that holds the last field (<c>ContentPickerField.contentItems</c>).
/// </summary>
public sealed record Surface(string OwnerType, string ListField, string Kind, IReadOnlyList<string> Path)
{
    public string Selection => Path.Reverse().Aggregate("...Item", (inner, name) => $"{name} {{ {inner} }}");
}

namespace CrmSite.Tests.Integration.GraphQL;

/// <summary>An item shown by another (its <see cref="ParentId"/>) through a surface of kind <see cref="Kind"/>.</summary>
public sealed record NestedItem(string Kind, string ParentId, SeenItem Item);

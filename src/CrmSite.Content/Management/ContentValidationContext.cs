using CrmSite.Content.Definitions;
using CrmSite.Content.Items;

namespace CrmSite.Content.Management;

/// <summary>The item being validated, its type, all definitions, and the errors found so far.</summary>
public sealed class ContentValidationContext(ContentItem item, ContentTypeDefinition type, ContentDefinitionDocument definitions)
{
    private readonly List<ContentError> _errors = [];

    public ContentItem Item { get; } = item;

    public ContentTypeDefinition Type { get; } = type;

    public ContentDefinitionDocument Definitions { get; } = definitions;

    /// <summary>
    /// The item comes from a recipe, which restores content as it was recorded. Rules about data hold for it as for
    /// any item; rules about taking part (no new replies in a closed topic) do not.
    /// </summary>
    public bool Imported { get; init; }

    public IReadOnlyList<ContentError> Errors => _errors;

    public void AddError(string member, FormattableString message) => _errors.Add(new ContentError(member, message));
}

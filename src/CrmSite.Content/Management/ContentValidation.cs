using CrmSite.Content.Definitions;
using CrmSite.Content.Items;

namespace CrmSite.Content.Management;

/// <summary>Runs every validator and returns all errors at once.</summary>
public sealed class ContentValidation(IEnumerable<IContentValidator> validators)
{
    private readonly IContentValidator[] _validators = validators.ToArray();

    public async Task<IReadOnlyList<ContentError>> ValidateAsync(ContentItem item, ContentTypeDefinition type,
        ContentDefinitionDocument definitions, CancellationToken cancellationToken)
    {
        var context = new ContentValidationContext(item, type, definitions);
        foreach (var validator in _validators)
        {
            await validator.ValidateAsync(context, cancellationToken);
        }
        return context.Errors;
    }
}

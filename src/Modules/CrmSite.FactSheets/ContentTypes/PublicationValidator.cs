using CrmSite.Content.Management;

namespace CrmSite.FactSheets.ContentTypes;

/// <summary>A publication is listed for visitors to read, so it needs a link they can open: an absolute http(s) URL.</summary>
public sealed class PublicationValidator : IContentValidator
{
    private const string Part = ContentTypeNames.Publication;

    public Task ValidateAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        if (context.Type.Name == ContentTypeNames.Publication)
        {
            SourceRules.RequireLink(context, Part, "Link", "Link", "a publication needs the web address (URL) where it can be read.");
        }
        return Task.CompletedTask;
    }
}

using CrmSite.Content.Items;
using CrmSite.Content.Management;

namespace CrmSite.Chapters.ContentTypes;

/// <summary>
/// CRM's terms of reference: "no government department can join the movement as a member". A department can be
/// recorded as an organisation CRM coordinates with, never as a member; a civil servant may join as an individual.
/// </summary>
public sealed class OrganizationValidator : IContentValidator
{
    public const string GovernmentDepartment = "government-department";
    public const string MemberStatus = "member";

    public Task ValidateAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        var item = context.Item;
        if (context.Type.Name == ChapterTypes.Organization &&
            item.Text(ChapterTypes.Organization, "Kind") == GovernmentDepartment &&
            item.Text(ChapterTypes.Organization, "Membership") == MemberStatus)
        {
            context.AddError("Organization.Membership",
                $"A government department cannot be a member of the Child Rights Movement (its terms of reference: \"no government department can join the movement as a member\"). Record the department with Membership 'coordination', or a civil servant as an individual Member joining as a private citizen.");
        }
        return Task.CompletedTask;
    }
}

namespace CrmSite.Chapters.ContentTypes;

/// <summary>The content type names this module's rules and recipes use.</summary>
public static class ChapterTypes
{
    public const string Chapter = "Chapter";
    public const string Organization = "Organization";
    public const string Member = "Member";
    public const string TermsOfReference = "TermsOfReference";
    public const string MembershipCount = "MembershipCount";
}

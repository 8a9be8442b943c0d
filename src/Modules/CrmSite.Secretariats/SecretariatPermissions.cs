using CrmSite.Content.Security;

namespace CrmSite.Secretariats;

/// <summary>The Secretariats module's permissions (scoped: for an election result, a chapter scope for its chapter is needed too).</summary>
public static class SecretariatPermissions
{
    public static readonly Permission SubmitElectionResult = new("SubmitElectionResult", "Submit election results for approval", ChapterScoped: true);
    public static readonly Permission ApproveElectionResult = new("ApproveElectionResult", "Approve and publish election results", ChapterScoped: true);

    public static readonly IReadOnlyList<Permission> All = [SubmitElectionResult, ApproveElectionResult];
}

using CrmSite.Content.Security;

namespace CrmSite.Secretariats;

/// <summary>The Secretariats module's permissions (the approval workflow that uses them comes with the Workflows module).</summary>
public static class SecretariatPermissions
{
    public static readonly Permission SubmitElectionResult = new("SubmitElectionResult", "Submit election results for approval");
    public static readonly Permission ApproveElectionResult = new("ApproveElectionResult", "Approve and publish election results");

    public static readonly IReadOnlyList<Permission> All = [SubmitElectionResult, ApproveElectionResult];
}

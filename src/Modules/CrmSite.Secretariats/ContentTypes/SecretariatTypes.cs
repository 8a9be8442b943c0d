namespace CrmSite.Secretariats.ContentTypes;

/// <summary>The content type names this module's rules and recipes use.</summary>
public static class SecretariatTypes
{
    public const string Secretariat = "Secretariat";
    public const string SecretariatTerm = "SecretariatTerm";
    public const string ElectionResult = "ElectionResult";
}

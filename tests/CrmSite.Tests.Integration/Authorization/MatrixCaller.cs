namespace CrmSite.Tests.Integration.Authorization;

/// <summary>
/// One kind of caller of the matrix: its roles (Anonymous and Authenticated are implied, as for every caller) and
/// the chapters it is scoped to. <see cref="SignedIn"/> is false only for the visitor without a sign-in.
/// </summary>
public sealed record MatrixCaller(string Role, IReadOnlyList<string> Roles, IReadOnlyList<string> Scopes, bool SignedIn = true)
{
    public static MatrixCaller Anonymous { get; } = new("Anonymous", [], [], SignedIn: false);

    public bool IsAdministrator => Roles.Contains("Administrator");

    /// <summary>How mismatches name the caller: role/scope.</summary>
    public string Name => Role + "/" + (Scopes.Count == 0 ? "-" : string.Join("+", Scopes.Select(MatrixItem.ChapterName)));
}

namespace CrmSite.Tests.Integration.Authorization;

/// <summary>A caller of the matrix signed in to the site: its client (cookie and antiforgery header) and user id.</summary>
public sealed record MatrixSession(MatrixCaller Caller, HttpClient Client, string? UserId) : IDisposable
{
    public void Dispose() => Client.Dispose();
}

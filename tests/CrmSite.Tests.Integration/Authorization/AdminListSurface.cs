using System.Net;
using System.Text.RegularExpressions;

namespace CrmSite.Tests.Integration.Authorization;

/// <summary>The admin content list, <c>/admin/content/{type}?q=</c>: latest versions the caller may preview, one row each.</summary>
public sealed partial class AdminListSurface : MatrixSurface
{
    public override string Name => "admin-list";

    public override IReadOnlySet<MatrixOperation> Operations { get; } = new HashSet<MatrixOperation> { MatrixOperation.Preview };

    public override string? Gate(MatrixOperation operation) => "AccessAdminPanel";

    public override async Task<MatrixOutcome> PerformAsync(MatrixSession session, MatrixOperation operation, MatrixTarget target)
    {
        using var response = await session.Client.GetAsync($"/admin/content/{target.Item.Type}?q={Uri.EscapeDataString(target.Token)}");
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return MatrixOutcome.OfStatus(response.StatusCode);
        }
        var html = await response.Content.ReadAsStringAsync();
        var listed = RowTitle().Matches(html).Any(m => m.Groups[1].Value.Contains(target.Token, StringComparison.Ordinal));
        return listed ? MatrixOutcome.Allow("listed") : MatrixOutcome.Deny("not listed");
    }

    [GeneratedRegex("<th scope=\"row\"><a href=\"[^\"]*\">([^<]*)</a></th>")]
    private static partial Regex RowTitle();
}

using System.Net;
using CrmSite.Tests.Integration.Admin;

namespace CrmSite.Tests.Integration.Authorization;

/// <summary>
/// The admin editor: its preview page (<c>/admin/content/{type}/{id}/preview</c>), its form saved as a draft or
/// published, and its unpublish and delete buttons. A caller the editor page refuses also has a bare form posted
/// to it, which must be refused as well: the page's check is not the only one.
/// </summary>
public sealed class AdminEditorSurface : MatrixSurface
{
    public override string Name => "admin-editor";

    public override IReadOnlySet<MatrixOperation> Operations { get; } = new HashSet<MatrixOperation>
    {
        MatrixOperation.Preview, MatrixOperation.Edit, MatrixOperation.Publish, MatrixOperation.Unpublish, MatrixOperation.Delete,
    };

    public override string? Gate(MatrixOperation operation) => "AccessAdminPanel";

    public override async Task<MatrixOutcome> PerformAsync(MatrixSession session, MatrixOperation operation, MatrixTarget target)
    {
        var path = $"/admin/content/{target.Item.Type}/{target.Id}";
        switch (operation)
        {
            case MatrixOperation.Preview:
                using (var preview = await session.Client.GetAsync(path + "/preview"))
                {
                    return MatrixOutcome.OfStatus(preview.StatusCode);
                }
            case MatrixOperation.Unpublish or MatrixOperation.Delete:
                using (var change = await session.Client.PostAsync($"{path}?handler={operation}", new FormUrlEncodedContent([])))
                {
                    return Answer(change, path);
                }
        }
        var submit = operation == MatrixOperation.Publish ? "publish" : "draft";
        using var page = await session.Client.GetAsync(path);
        if (page.StatusCode != HttpStatusCode.OK)
        {
            var bare = new Dictionary<string, string>
            {
                ["baseVersionId"] = target.Latest["ContentItemVersionId"]!.GetValue<string>(),
                ["TitlePart.Title"] = "Taken over " + target.Token,
                ["submit"] = submit,
            };
            using var posted = await session.Client.PostAsync(path, new FormUrlEncodedContent(bare));
            var refused = MatrixOutcome.OfStatus(page.StatusCode);
            return Answer(posted, path).Allowed == false ? refused : MatrixOutcome.Broken($"page {(int)page.StatusCode}, bare form {(int)posted.StatusCode}");
        }
        var form = EditorForm.Parse(await page.Content.ReadAsStringAsync(), path);
        form["TitlePart.Title"] = form["TitlePart.Title"] + " edited";
        using var saved = await form.SubmitAsync(session.Client, submit);
        return Answer(saved, path);
    }

    /// <summary>A redirect back to the item (or its history) is done; to the sign-in page, or 403/404, refused.</summary>
    private static MatrixOutcome Answer(HttpResponseMessage response, string path) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.StartsWith(path, StringComparison.Ordinal) == true
            ? MatrixOutcome.Allow("302 " + response.Headers.Location.OriginalString)
            : MatrixOutcome.OfStatus(response.StatusCode);
}

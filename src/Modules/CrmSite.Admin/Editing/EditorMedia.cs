using System.Globalization;
using CrmSite.Content.Audit;
using CrmSite.Content.Localization;
using CrmSite.Content.Management;
using CrmSite.Content.Media;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace CrmSite.Admin.Editing;

/// <summary>
/// Reads a posted editor form with its media inputs resolved: for each media field, the paths whose Remove box is
/// ticked are dropped, a library path typed into Add is appended when the file exists, and uploaded files are saved
/// into <c>&lt;content type&gt;/&lt;year&gt;/</c> of the library (a taken name gets a number) and appended. What
/// comes out is the field's final list, which <see cref="EditorValues"/> compares and writes like any other input.
/// Uploading needs ManageMediaContent; each upload is audited. Refusals land on the field.
/// </summary>
public sealed class EditorMedia(MediaStore store, MediaAudit audit, ContentActor actor, IAuthorizationService authorization, TimeProvider clock, IStringLocalizer<AdminText> text)
{
    public async Task<EditorValues> ReadAsync(HttpRequest request, IReadOnlyList<EditorField> fields, string contentType,
        IDictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var form = await request.ReadFormAsync(cancellationToken);
        var values = EditorValues.FromForm(form);
        foreach (var field in fields.Where(f => f.Kind == EditorKind.Media))
        {
            var problems = new List<ContentError>();
            var texts = values.All(field.LinkTextKey);
            var removed = values.All(field.RemoveKey).ToHashSet(StringComparer.Ordinal);
            var media = values.All(field.Key).Select((p, i) => (Path: p, Text: i < texts.Count ? texts[i] : ""))
                .Where(m => m.Path.Trim().Length > 0 && !removed.Contains(m.Path)).ToList();

            var added = values[field.AddKey].Trim();
            if (added.Length > 0)
            {
                if (Refusal(field, added) is { } refusal)
                {
                    problems.Add(refusal);
                }
                else
                {
                    MediaPath.TryNormalize(added, out var path);
                    media.Add((path, ""));
                    values.Set(field.AddKey, "");
                }
            }

            var files = form.Files.GetFiles(field.UploadKey).Where(f => f.Length > 0 || f.FileName.Length > 0).ToList();
            if (files.Count > 0 && !(await authorization.AuthorizeAsync(request.HttpContext.User, MediaPermissions.ManageMedia.Policy)).Succeeded)
            {
                problems.Add(new ContentError(field.Key, $"You may not upload files: uploading needs the ManageMediaContent permission. Name a file already in the library instead."));
                files.Clear();
            }
            var folder = MediaPath.Combine(contentType.ToLowerInvariant(), clock.GetUtcNow().Year.ToString(CultureInfo.InvariantCulture));
            foreach (var file in files)
            {
                await using var stream = file.OpenReadStream();
                var result = await store.SaveAsync(folder, file.FileName, stream, field.AllowedExtensions, renameWhenTaken: true, cancellationToken);
                if (!result.Succeeded)
                {
                    problems.Add(result.Error!);
                    continue;
                }
                media.Add((result.Path!, ""));
                await audit.RecordAsync(MediaAudit.MediaUploaded, actor.UserName, result.Path!,
                    $"{file.Length.ToString(CultureInfo.InvariantCulture)} bytes, from the {contentType} editor", cancellationToken);
            }

            values.Set(field.Key, [.. media.Select(m => m.Path)]);
            values.Set(field.LinkTextKey, [.. media.Select(m => m.Text)]);
            if (problems.Count > 0)
            {
                errors[field.Key] = string.Join(' ', problems.Select(text.Localize));
            }
        }
        return values;
    }

    /// <summary>Why <paramref name="path"/> cannot be added to <paramref name="field"/>, or null when it can.</summary>
    private ContentError? Refusal(EditorField field, string path)
    {
        if (store.FindFile(path) is null)
        {
            return new ContentError(field.Key, $"There is no file '{path}' in the media library: write its path as the library shows it, such as factsheets/2024/report.pdf.");
        }
        var extension = MediaPath.ExtensionOf(path);
        return !store.Options.AllowedFileExtensions.Contains(extension) ||
               field.AllowedExtensions.Count > 0 && !field.AllowedExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase)
            ? new ContentError(field.Key, $"'{path}': files of type '{extension}' are not allowed in {field.Label}.")
            : null;
    }
}

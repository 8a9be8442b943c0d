using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace CrmSite.Tests.Integration.Admin;

/// <summary>
/// An HTML form as a browser without script submits it: every named input, checked boxes only, the selected
/// options of each select (the first of a single select when none is), text areas' text; a multipart form
/// (<c>enctype="multipart/form-data"</c>) sends its file inputs too, empty unless a file was attached.
/// </summary>
public sealed class EditorForm
{
    private readonly List<KeyValuePair<string, string>> _fields;
    private readonly List<(string Name, string FileName, byte[] Content)> _files = [];

    private EditorForm(string action, List<KeyValuePair<string, string>> fields, bool multipart, List<string> fileInputs) =>
        (Action, _fields, IsMultipart, FileInputs) = (action, fields, multipart, fileInputs);

    public bool IsMultipart { get; }

    /// <summary>The names of the form's file inputs.</summary>
    public IReadOnlyList<string> FileInputs { get; }

    /// <summary>Where the form posts (its page, when it names no action).</summary>
    public string Action { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Fields => _fields;

    /// <summary>The one value of <paramref name="name"/> ("" when none).</summary>
    public string this[string name]
    {
        get => _fields.FirstOrDefault(f => f.Key == name).Value ?? "";
        set => Set(name, value);
    }

    public IReadOnlyList<string> All(string name) => [.. _fields.Where(f => f.Key == name).Select(f => f.Value)];

    public bool Has(string name) => _fields.Any(f => f.Key == name);

    /// <summary>Replaces every value of <paramref name="name"/> with <paramref name="values"/> (checkboxes, multiple selects).</summary>
    public EditorForm Set(string name, params string[] values)
    {
        var at = _fields.FindIndex(f => f.Key == name);
        _fields.RemoveAll(f => f.Key == name);
        _fields.InsertRange(at < 0 ? _fields.Count : at, values.Select(v => new KeyValuePair<string, string>(name, v)));
        return this;
    }

    /// <summary>Attaches a file to the file input <paramref name="name"/>, as choosing it in a browser does.</summary>
    public EditorForm Attach(string name, string fileName, byte[] content)
    {
        Assert.True(FileInputs.Contains(name), $"the form has no file input {name}");
        _files.Add((name, fileName, content));
        return this;
    }

    /// <summary>The form of <paramref name="html"/> matching <paramref name="selector"/> (the editor's by default).</summary>
    public static EditorForm Parse(string html, string path, string selector = "form.editor")
    {
        var document = new HtmlParser().ParseDocument(html);
        var form = document.QuerySelector(selector) as IHtmlFormElement ?? throw new InvalidOperationException($"no {selector} in the page:\n{html}");
        var fields = new List<KeyValuePair<string, string>>();
        var fileInputs = new List<string>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement file when file.Type == "file" && file.Name is { Length: > 0 } name:
                    fileInputs.Add(name);
                    break;
                case IHtmlInputElement input when input.Name is { Length: > 0 } name && input.Type is not ("submit" or "button"):
                    if (input.Type is not ("checkbox" or "radio") || input.IsChecked)
                    {
                        fields.Add(new(name, input.Value));
                    }
                    break;
                case IHtmlTextAreaElement area when area.Name is { Length: > 0 } name:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select when select.Name is { Length: > 0 } name:
                    var selected = select.Options.Where(o => o.IsSelected).ToList();
                    if (selected.Count == 0 && !select.IsMultiple && select.Options.Length > 0)
                    {
                        selected.Add(select.Options[0]!);
                    }
                    fields.AddRange(selected.Select(o => new KeyValuePair<string, string>(name, o.Value)));
                    break;
            }
        }
        var action = form.GetAttribute("action") is { Length: > 0 } target ? WebUtility.HtmlDecode(target) : path;
        return new EditorForm(action, fields, form.Enctype == "multipart/form-data", fileInputs);
    }

    /// <summary>Reads the editor on <paramref name="path"/>.</summary>
    public static async Task<EditorForm> LoadAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}\n{html}");
        return Parse(html, path);
    }

    /// <summary>Submits the form with the button <c>submit=<paramref name="submit"/></c>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string submit = "publish")
    {
        var body = new List<KeyValuePair<string, string>>(_fields) { new("submit", submit) };
        if (!IsMultipart)
        {
            return await client.PostAsync(Action, new FormUrlEncodedContent(body));
        }
        using var multipart = new MultipartFormDataContent();
        foreach (var (name, value) in body)
        {
            multipart.Add(new StringContent(value), name);
        }
        foreach (var input in FileInputs)
        {
            var attached = _files.Where(f => f.Name == input).ToList();
            if (attached.Count == 0)
            {
                // A browser sends an empty part for a file input left empty.
                multipart.Add(new ByteArrayContent([]), input, "\"\"");
            }
            foreach (var (name, fileName, content) in attached)
            {
                var part = new ByteArrayContent(content);
                part.Headers.ContentType = new("application/octet-stream");
                multipart.Add(part, name, fileName);
            }
        }
        return await client.PostAsync(Action, multipart);
    }
}

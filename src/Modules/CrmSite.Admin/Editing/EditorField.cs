namespace CrmSite.Admin.Editing;

/// <summary>How a value is edited in a form without script.</summary>
public enum EditorKind
{
    /// <summary>One line of text (<c>input</c>).</summary>
    Text,

    /// <summary>Several lines of plain text (<c>textarea</c>).</summary>
    TextArea,

    /// <summary>One of a list of allowed values (<c>select</c>).</summary>
    Choice,

    /// <summary>Markdown source, previewed rendered and sanitised.</summary>
    Markdown,

    /// <summary>HTML source, sanitised when saved and when shown.</summary>
    Html,

    Number,

    /// <summary>A checkbox.</summary>
    Boolean,

    /// <summary>A calendar date.</summary>
    Date,

    /// <summary>A date and time of day, in UTC.</summary>
    DateTime,

    /// <summary>A time of day.</summary>
    Time,

    /// <summary>An address and its text, two inputs.</summary>
    Link,

    /// <summary>A list of strings, one a line.</summary>
    Lines,

    /// <summary>Some of a list of allowed values (checkboxes).</summary>
    Checkboxes,

    /// <summary>One or more content items, chosen by title (<c>select</c>).</summary>
    Picker,

    /// <summary>A taxonomy's terms, one title a line; existing terms keep their ids.</summary>
    Terms,

    /// <summary>Media library paths with their texts: each removable, new ones uploaded or named (a file input and a path).</summary>
    Media,

    /// <summary>Stored, but not editable here (a field kind CrmSite does not know); shown read-only and kept.</summary>
    ReadOnly,
}

/// <summary>A choice of a <see cref="EditorKind.Choice"/>, <see cref="EditorKind.Checkboxes"/> or <see cref="EditorKind.Picker"/> editor.</summary>
public sealed record EditorChoice(string Value, string Label);

/// <summary>
/// Where an edited value lives in an item's JSON: <c>item[Part][Field][Property]</c> for a field, or
/// <c>item[Part][Property]</c> for a built-in part's property (Field is null).
/// </summary>
public sealed record ValueLocation(string Part, string? Field, string Property);

/// <summary>
/// One input of the generic editor, derived from the type definition: its form name (the validation member name,
/// "Part.Field", so an error lands beside it), label, hint, kind, settings and where its value lives.
/// </summary>
public sealed record EditorField(string Key, string Label, EditorKind Kind, ValueLocation Location)
{
    public string? Hint { get; init; }

    public bool Required { get; init; }

    public bool Multiple { get; init; }

    public IReadOnlyList<EditorChoice> Choices { get; init; } = [];

    /// <summary>For a content <see cref="EditorKind.Picker"/>: the types whose published items it offers.</summary>
    public IReadOnlyList<string> PickerTypes { get; init; } = [];

    /// <summary>For a content picker: the text its choices were narrowed to (their titles contain it), if any.</summary>
    public string? Search { get; init; }

    /// <summary>The name of a content picker's search input.</summary>
    public string SearchKey => Key + ".Find";

    public decimal? Minimum { get; init; }

    public decimal? Maximum { get; init; }

    /// <summary>Decimal places of a number (0 for whole numbers); null when not set.</summary>
    public int? Scale { get; init; }

    /// <summary>For a Markdown or HTML value: whether the HTML is sanitised when saved (Orchard's SanitizeHtml, on by default).</summary>
    public bool Sanitize { get; init; } = true;

    /// <summary>For a taxonomy field: the taxonomy its terms come from, stored beside the picked terms.</summary>
    public string? TaxonomyContentItemId { get; init; }

    /// <summary>For a <see cref="EditorKind.Terms"/> editor: the content type of new terms.</summary>
    public string? TermContentType { get; init; }

    /// <summary>For a <see cref="EditorKind.Media"/> editor: whether each media has a text to edit (Orchard's AllowMediaText).</summary>
    public bool AllowMediaText { get; init; }

    /// <summary>For a <see cref="EditorKind.Media"/> editor: the field's own extensions (Orchard's AllowedExtensions), within the site's; empty for the site's.</summary>
    public IReadOnlyList<string> AllowedExtensions { get; init; } = [];

    /// <summary>The id of the HTML input (form names hold dots, which ids may, but labels read better without).</summary>
    public string InputId => "f-" + Key.Replace('.', '-');

    /// <summary>
    /// The name of the link text input of a <see cref="EditorKind.Link"/> editor (the address uses <see cref="Key"/>),
    /// and of the media texts of a <see cref="EditorKind.Media"/> editor (one per path, in order).
    /// </summary>
    public string LinkTextKey => Key + ".Text";

    /// <summary>The media paths to remove (checkboxes), the library path to add and the files to upload of a <see cref="EditorKind.Media"/> editor.</summary>
    public string RemoveKey => Key + ".Remove";

    public string AddKey => Key + ".Add";

    public string UploadKey => Key + ".Upload";
}

/// <summary>What the editor's field partial shows: the field, the form's values, and its error, preview and the other editor's value.</summary>
public sealed record EditorInput(EditorField Field, EditorValues Values, string? Error, string? Preview, string? Theirs);

namespace CrmSite.Admin.Pages.Admin.Definitions;

/// <summary>What <c>_DefinitionInput</c> renders: one text input (or text area) of a definition form.</summary>
public sealed record DefinitionInput(string Id, string Name, string Label, string? Value, string? Error, bool Disabled)
{
    public string? Hint { get; init; }

    public string? InputMode { get; init; }

    public bool Lines { get; init; }
}

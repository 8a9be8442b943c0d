namespace CrmSite.Content.Fields;

/// <summary>
/// A field kind as Orchard names it (<c>TextField</c>), the JSON property holding its value (<c>Text</c>), and
/// that value's shape. Settings are read from the object named <c>{Name}Settings</c>. As in Orchard, pickers take one
/// value unless their settings say <c>Multiple: true</c>.
/// </summary>
public sealed record FieldKind(string Name, string ValueProperty, FieldValueKind ValueKind, bool SingleByDefault = false)
{
    /// <summary>The name of the field's own settings object, e.g. <c>NumericFieldSettings</c>.</summary>
    public string SettingsName => Name + "Settings";
}

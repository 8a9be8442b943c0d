using System.Text.Json.Nodes;

namespace CrmSite.Workflows.Model;

/// <summary>An activity of a type: its name says what it does (<c>NotifyTask</c>), its properties how.</summary>
public sealed class ActivityRecord
{
    public string ActivityId { get; set; } = "";

    public string Name { get; set; } = "";

    public int X { get; set; }

    public int Y { get; set; }

    public bool IsStart { get; set; }

    public JsonObject Properties { get; set; } = [];
}

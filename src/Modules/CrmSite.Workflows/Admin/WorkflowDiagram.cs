using System.Globalization;
using CrmSite.Workflows.Model;

namespace CrmSite.Workflows.Admin;

/// <summary>
/// A workflow type drawn as Orchard's designer places it: a box per activity at its X/Y (moved so the top-left one
/// sits at the margin), and an arrow per transition from the edge of one box to the edge of the next, bent a little
/// so that the arrows of two activities that lead to each other do not overlap.
/// </summary>
public sealed record WorkflowDiagram(IReadOnlyList<DiagramBox> Boxes, IReadOnlyList<DiagramArrow> Arrows, double Width, double Height)
{
    public const double Margin = 24;
    private const double Bend = 18;

    public static WorkflowDiagram Build(WorkflowType type)
    {
        var minX = type.Activities.Count == 0 ? 0 : type.Activities.Min(a => a.X);
        var minY = type.Activities.Count == 0 ? 0 : type.Activities.Min(a => a.Y);
        var boxes = type.Activities.Select(a => new DiagramBox(a.ActivityId, a.Name, Title(a), a.IsStart,
            a.X - minX + Margin, a.Y - minY + Margin)).ToList();
        var byId = boxes.GroupBy(b => b.ActivityId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var arrows = new List<DiagramArrow>();
        foreach (var transition in type.Transitions)
        {
            if (byId.TryGetValue(transition.SourceActivityId, out var from) && byId.TryGetValue(transition.DestinationActivityId, out var to))
            {
                arrows.Add(Arrow(transition, from, to));
            }
        }
        var width = boxes.Count == 0 ? 2 * Margin : boxes.Max(b => b.X + DiagramBox.Width) + Margin;
        var height = boxes.Count == 0 ? 2 * Margin : boxes.Max(b => b.Y + DiagramBox.Height) + Margin;
        return new WorkflowDiagram(boxes, arrows, width, height);
    }

    /// <summary>A number for SVG: invariant, at most one decimal.</summary>
    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string? Title(ActivityRecord activity) =>
        activity.Properties["ActivityMetadata"]?["Title"] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var title) &&
        !string.IsNullOrWhiteSpace(title) ? title : null;

    private static DiagramArrow Arrow(Transition transition, DiagramBox from, DiagramBox to)
    {
        if (ReferenceEquals(from, to))
        {
            // A loop back to itself: out of the right edge, round, and into the top.
            var (rx, ry) = (from.X + DiagramBox.Width, from.CenterY);
            var path = $"M {N(rx)} {N(ry)} C {N(rx + 50)} {N(ry)} {N(from.CenterX)} {N(from.Y - 50)} {N(from.CenterX)} {N(from.Y)}";
            return new DiagramArrow(transition.SourceActivityId, transition.SourceOutcomeName, transition.DestinationActivityId, path,
                rx + 30, from.Y - 20);
        }
        var (x1, y1) = Edge(from, to.CenterX, to.CenterY);
        var (x2, y2) = Edge(to, from.CenterX, from.CenterY);
        var (dx, dy) = (x2 - x1, y2 - y1);
        var length = Math.Max(Math.Sqrt(dx * dx + dy * dy), 1);
        // The control point sits to the left of the direction of travel, so A→B and B→A bend apart.
        var (cx, cy) = ((x1 + x2) / 2 - dy / length * Bend, (y1 + y2) / 2 + dx / length * Bend);
        return new DiagramArrow(transition.SourceActivityId, transition.SourceOutcomeName, transition.DestinationActivityId,
            $"M {N(x1)} {N(y1)} Q {N(cx)} {N(cy)} {N(x2)} {N(y2)}", cx, cy - 4);
    }

    /// <summary>Where the line from the box's centre towards (<paramref name="x"/>, <paramref name="y"/>) leaves the box.</summary>
    private static (double X, double Y) Edge(DiagramBox box, double x, double y)
    {
        var (dx, dy) = (x - box.CenterX, y - box.CenterY);
        if (dx == 0 && dy == 0)
        {
            return (box.CenterX, box.Y + DiagramBox.Height);
        }
        var scale = Math.Min(dx == 0 ? double.MaxValue : DiagramBox.Width / 2 / Math.Abs(dx), dy == 0 ? double.MaxValue : DiagramBox.Height / 2 / Math.Abs(dy));
        return (box.CenterX + dx * scale, box.CenterY + dy * scale);
    }
}

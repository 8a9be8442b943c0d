using System.Text.Json.Nodes;
using CrmSite.Workflows.Admin;
using CrmSite.Workflows.Model;

namespace CrmSite.Tests.Unit.Modules.Workflows.Admin;

public sealed class WorkflowDiagramTests
{
    [Fact]
    public void Build_MovesTheBoxesToTheMargin_AndSizesTheCanvasToThem_WhenPositionsAreNegative()
    {
        var type = Type([Activity("a", -100, -50, start: true), Activity("b", 300, 150)], [("a", "Done", "b")]);

        var diagram = WorkflowDiagram.Build(type);

        Assert.Equal((WorkflowDiagram.Margin, WorkflowDiagram.Margin), (diagram.Boxes[0].X, diagram.Boxes[0].Y));
        Assert.Equal((400 + WorkflowDiagram.Margin, 200 + WorkflowDiagram.Margin), (diagram.Boxes[1].X, diagram.Boxes[1].Y));
        Assert.Equal(400 + DiagramBox.Width + 2 * WorkflowDiagram.Margin, diagram.Width);
        Assert.Equal(200 + DiagramBox.Height + 2 * WorkflowDiagram.Margin, diagram.Height);
        Assert.True(diagram.Boxes[0].IsStart);
    }

    [Fact]
    public void Build_DrawsAnArrowFromEdgeToEdge_WhenBoxesSitSideBySide()
    {
        var type = Type([Activity("a", 0, 0), Activity("b", 400, 0)], [("a", "Done", "b")]);

        var arrow = Assert.Single(WorkflowDiagram.Build(type).Arrows);

        // From the right edge of a (24 + 200) to the left edge of b (424), at mid-height (24 + 32).
        Assert.StartsWith("M 224 56 Q ", arrow.Path, StringComparison.Ordinal);
        Assert.EndsWith(" 424 56", arrow.Path, StringComparison.Ordinal);
        Assert.Equal("Done", arrow.Outcome);
    }

    [Fact]
    public void Build_BendsTwoOppositeArrowsApart_AndSkipsATransitionToNowhere()
    {
        var type = Type([Activity("a", 0, 0), Activity("b", 400, 0)], [("a", "Go", "b"), ("b", "Back", "a"), ("a", "Lost", "gone")]);

        var arrows = WorkflowDiagram.Build(type).Arrows;

        Assert.Equal(2, arrows.Count);
        Assert.NotEqual(arrows[0].LabelY, arrows[1].LabelY);
    }

    [Fact]
    public void Build_UsesTheActivityMetadataTitle_WhenThereIsOne()
    {
        var titled = Activity("a", 0, 0);
        titled.Properties["ActivityMetadata"] = new JsonObject { ["Title"] = "Approve the result" };
        var untitled = Activity("b", 0, 100);
        untitled.Properties["ActivityMetadata"] = new JsonObject { ["Title"] = null };

        var boxes = WorkflowDiagram.Build(Type([titled, untitled], [])).Boxes;

        Assert.Equal("Approve the result", boxes[0].Title);
        Assert.Null(boxes[1].Title);
    }

    [Fact]
    public void Build_DrawsALoop_WhenAnActivityLeadsToItself()
    {
        var arrow = Assert.Single(WorkflowDiagram.Build(Type([Activity("a", 0, 0)], [("a", "Again", "a")])).Arrows);

        Assert.Contains(" C ", arrow.Path, StringComparison.Ordinal);
    }

    private static ActivityRecord Activity(string id, int x, int y, bool start = false) =>
        new() { ActivityId = id, Name = "LogTask", X = x, Y = y, IsStart = start };

    private static WorkflowType Type(ActivityRecord[] activities, (string From, string Outcome, string To)[] transitions) => new()
    {
        Name = "Test",
        Activities = [.. activities],
        Transitions = [.. transitions.Select(t => new Transition { SourceActivityId = t.From, SourceOutcomeName = t.Outcome, DestinationActivityId = t.To })],
    };
}

namespace CrmSite.Workflows.Admin;

/// <summary>An activity on the diagram: where its box is drawn, what it says, and whether it starts the workflow.</summary>
public sealed record DiagramBox(string ActivityId, string Name, string? Title, bool IsStart, double X, double Y)
{
    public const double Width = 200;
    public const double Height = 64;

    public double CenterX => X + Width / 2;

    public double CenterY => Y + Height / 2;
}

using System.Text.Json.Nodes;
using CrmSite.Workflows.Activities.Content;

namespace CrmSite.Tests.Unit.Modules.Workflows;

public sealed class ContentTaskTests
{
    [Fact]
    public void Merge_MergesPartsMemberByMemberAndReplacesValues_WhenBothHaveThem()
    {
        var item = JsonNode.Parse("""{"TitlePart":{"Title":"Old","Extra":1},"Page":{"Body":{"Text":"x"}}}""")!.AsObject();
        var properties = JsonNode.Parse("""{"TitlePart":{"Title":"New"},"Page":{"Body":["list"]},"AutoroutePart":{"Path":"p"}}""")!.AsObject();

        ContentTask.Merge(item, properties);

        Assert.Equal("""{"TitlePart":{"Title":"New","Extra":1},"Page":{"Body":["list"]},"AutoroutePart":{"Path":"p"}}""", item.ToJsonString());
    }
}

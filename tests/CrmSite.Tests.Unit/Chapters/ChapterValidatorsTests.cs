using CrmSite.Chapters.ContentTypes;
using CrmSite.Content.Definitions;
using CrmSite.Content.Items;
using CrmSite.Content.Management;

namespace CrmSite.Tests.Unit.Chapters;

public sealed class ChapterValidatorsTests
{
    [Theory]
    [InlineData("government-department", "member", true)]
    [InlineData("government-department", "coordination", false)]
    [InlineData("ngo", "member", false)]
    public async Task OrganizationValidator_RefusesOnlyADepartmentAsMember(string kind, string membership, bool refused)
    {
        var context = Context("Organization", $$$"""{"Kind":{"Text":"{{{kind}}}"},"Membership":{"Text":"{{{membership}}}"}}""");

        await new OrganizationValidator().ValidateAsync(context, CancellationToken.None);

        Assert.Equal(refused, context.Errors.Any(e => e.Member == "Organization.Membership"));
    }

    [Theory]
    [InlineData("name@example.org", "+92 300 1234567", 0)]
    [InlineData("name@localhost", "+92 300 1234567", 1)]
    [InlineData("Name <name@example.org>", "0300-1234567", 1)]
    [InlineData("name@example.org", "12345", 1)]
    [InlineData("x", "phone", 2)]
    public async Task MemberValidator_ChecksEmailAndPhone(string email, string phone, int errors)
    {
        var context = Context("Member", $$$"""{"Email":{"Text":"{{{email}}}"},"Phone":{"Text":"{{{phone}}}"}}""");

        await new MemberValidator().ValidateAsync(context, CancellationToken.None);

        Assert.Equal(errors, context.Errors.Count);
    }

    [Fact]
    public async Task MemberValidator_IgnoresFieldsOfTheWrongShape()
    {
        var context = Context("Member", """{"Email":{"Text":42},"Phone":"0300"}""");

        await new MemberValidator().ValidateAsync(context, CancellationToken.None);

        Assert.Empty(context.Errors);
    }

    private static ContentValidationContext Context(string type, string part)
    {
        var item = ContentItem.FromJson($$"""{"ContentType":"{{type}}","{{type}}":{{part}}}""");
        return new ContentValidationContext(item, new ContentTypeDefinition { Name = type }, new ContentDefinitionDocument());
    }
}

using System.Text;
using System.Text.Json;
using CrmSite.Search.SavedQueries;
using Microsoft.AspNetCore.Http;

namespace CrmSite.Tests.Unit.Search.SavedQueries;

public sealed class SavedQueryRequestTests
{
    [Theory]
    [InlineData("""{"parameters": {"size": 3}}""")]
    [InlineData("""{"parameters": "{\"size\": 3}"}""")]
    [InlineData("""{"size": 3}""")]
    public async Task ReadAsync_ReadsTheParameters_WhenTheBodyIsJson(string body)
    {
        var parameters = await SavedQueryRequest.ReadAsync(Post(body), CancellationToken.None);

        Assert.Equal(3, parameters["size"]!.GetValue<int>());
    }

    [Fact]
    public async Task ReadAsync_ReadsTheQueryString_WhenTheMethodIsGet()
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Get;
        context.Request.QueryString = QueryString.Create("parameters", """{"term":"x"}""");

        var parameters = await SavedQueryRequest.ReadAsync(context.Request, CancellationToken.None);

        Assert.Equal("x", parameters["term"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""[1, 2]""")]
    [InlineData("""{"parameters": [1]}""")]
    [InlineData("""{"parameters": "7"}""")]
    [InlineData("""not json""")]
    public async Task ReadAsync_Throws_WhenTheParametersAreNotAnObject(string body)
    {
        await Assert.ThrowsAnyAsync<JsonException>(() => SavedQueryRequest.ReadAsync(Post(body), CancellationToken.None));
    }

    private static HttpRequest Post(string body)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return context.Request;
    }
}

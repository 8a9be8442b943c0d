using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CrmSite.Tests.Integration.Infrastructure;

/// <summary>Assertions on RFC 9457 problem responses.</summary>
public static class Problems
{
    /// <summary>Asserts a 422 whose errors name <paramref name="member"/> with a message containing <paramref name="words"/>.</summary>
    public static Task AssertInvalidAsync(HttpResponseMessage response, string member, string words) =>
        AssertInvalidAsync(response, (member, words));

    /// <summary>Asserts a 422 whose errors name each member with a message containing its words.</summary>
    public static async Task AssertInvalidAsync(HttpResponseMessage response, params (string Member, string Words)[] expected)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"expected 422, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        foreach (var (member, words) in expected)
        {
            var messages = body!["errors"]?[member]?.AsArray().Select(m => m!.GetValue<string>()).ToList();
            Assert.True(messages is { Count: > 0 }, $"no error for {member}: {body}");
            Assert.Contains(messages, m => m.Contains(words, StringComparison.Ordinal));
        }
    }
}

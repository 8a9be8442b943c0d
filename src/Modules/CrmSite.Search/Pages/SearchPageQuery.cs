using System.Globalization;
using CrmSite.Search.SiteSearch;
using Microsoft.AspNetCore.Http;

namespace CrmSite.Search.Pages;

/// <summary>
/// The search page's address: the words, the page language, the filters and the page number, as the visitor sent
/// them. Links on the page are this query with one thing changed, so every link keeps the other filters.
/// </summary>
public sealed record SearchPageQuery(
    string? Q,
    string? Lang = null,
    string? Culture = null,
    string? Type = null,
    string? Chapter = null,
    string? Topic = null,
    string? Year = null,
    string? Page = null)
{
    /// <summary>The page language: <c>lang</c>, else the culture filter, else English.</summary>
    public string Language => Lang is "ur" or "en" ? Lang : Lang is null && Culture == "ur" ? "ur" : "en";

    /// <summary>Whether there is anything to search for; an empty address shows the form alone.</summary>
    public bool HasSearch => Q is not null || Culture is not null || Type is not null || Chapter is not null || Topic is not null || Year is not null;

    public static SearchPageQuery From(IQueryCollection query) => new(
        Value(query, "q"), Value(query, "lang"), Value(query, "culture"), Value(query, "type"), Value(query, "chapter"),
        Value(query, "topic"), Value(query, "year"), Value(query, "page"));

    public string? Filter(string facet) => facet switch
    {
        "culture" => Culture,
        "type" => Type,
        "chapter" => Chapter,
        "topic" => Topic,
        "year" => Year,
        _ => null,
    };

    /// <summary>This query with one filter set (or cleared), back on the first page.</summary>
    public SearchPageQuery WithFilter(string facet, string? value) => facet switch
    {
        "culture" => this with { Culture = value, Page = null },
        "type" => this with { Type = value, Page = null },
        "chapter" => this with { Chapter = value, Page = null },
        "topic" => this with { Topic = value, Page = null },
        "year" => this with { Year = value, Page = null },
        _ => this,
    };

    public SearchPageQuery WithPage(int page) => this with { Page = page == 1 ? null : page.ToString(CultureInfo.InvariantCulture) };

    /// <summary>A link to this query relative to the search page, so it works under any path base.</summary>
    public string Href
    {
        get
        {
            var pairs = new (string Name, string? Value)[]
            {
                ("q", Q), ("lang", Lang), ("culture", Culture), ("type", Type), ("chapter", Chapter), ("topic", Topic), ("year", Year), ("page", Page),
            };
            var query = QueryString.Create(pairs.Where(p => p.Value is not null).Select(p => KeyValuePair.Create(p.Name, p.Value)));
            return query.HasValue ? query.Value! : "search";
        }
    }

    /// <summary>The request for the searcher, or the first problem with the address as (parameter, message).</summary>
    public (SiteSearchRequest? Request, (string Field, string Message)? Problem) ToRequest()
    {
        int? year = null;
        if (Year is not null)
        {
            if (!int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return (null, ("year", "Year must be a year such as 2023."));
            }
            year = parsed;
        }
        var page = 1;
        if (Page is not null && !int.TryParse(Page, NumberStyles.None, CultureInfo.InvariantCulture, out page))
        {
            return (null, ("page", $"Page must be a number between 1 and {SiteSearchRequest.MaxPage}."));
        }
        var request = new SiteSearchRequest(Q, Culture, Type, Chapter, Topic, year, page);
        return request.Problem() is { } problem ? (null, problem) : (request, null);
    }

    private static string? Value(IQueryCollection query, string name) =>
        query[name].ToString() is var value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}

using System.Globalization;
using System.Text.Json.Nodes;
using CrmSite.Content.Items;
using CrmSite.Secretariats.ContentTypes;

namespace CrmSite.Secretariats.Elections;

/// <summary>An election result as an officer submits it (GraphQL arguments), turned into an ElectionResult item.</summary>
public sealed record ElectionResultInput(
    string Chapter,
    string ElectedOrganization,
    DateTime TermStart,
    DateTime TermEnd,
    string Method,
    int? Nominations,
    int? VotesCast,
    int? VotesForElected,
    string? ElectionCommission,
    string? Minutes,
    string? SourceUrl,
    string? Title)
{
    public ContentItem ToItem()
    {
        var item = new ContentItem(SecretariatTypes.ElectionResult);
        item.GetOrCreatePart("TitlePart")[nameof(Title)] = Title ?? string.Create(CultureInfo.InvariantCulture, $"Secretariat election, term from {TermStart:yyyy-MM-dd}");
        var part = item.GetOrCreatePart(SecretariatTypes.ElectionResult);
        part[nameof(Chapter)] = new JsonObject { ["ContentItemIds"] = new JsonArray(Chapter) };
        part[nameof(ElectedOrganization)] = new JsonObject { ["ContentItemIds"] = new JsonArray(ElectedOrganization) };
        part[nameof(TermStart)] = Date(TermStart);
        part[nameof(TermEnd)] = Date(TermEnd);
        part[nameof(Method)] = new JsonObject { ["Text"] = Method };
        part[nameof(Nominations)] = new JsonObject { ["Value"] = Nominations };
        part[nameof(VotesCast)] = new JsonObject { ["Value"] = VotesCast };
        part[nameof(VotesForElected)] = new JsonObject { ["Value"] = VotesForElected };
        part[nameof(ElectionCommission)] = new JsonObject { ["Text"] = ElectionCommission };
        part[nameof(Minutes)] = new JsonObject { ["Markdown"] = Minutes };
        part["Source"] = new JsonObject { ["Url"] = SourceUrl, ["Text"] = SourceUrl is null ? null : "Minutes of the election" };
        return item;
    }

    private static JsonObject Date(DateTime date) =>
        new() { ["Value"] = date.Date.ToString("yyyy-MM-ddT00:00:00Z", CultureInfo.InvariantCulture) };
}

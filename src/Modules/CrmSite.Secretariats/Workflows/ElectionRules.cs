using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Secretariats.ContentTypes;

namespace CrmSite.Secretariats.Workflows;

/// <summary>
/// Everything a submitted election result must satisfy before anyone is asked to approve it, each reason naming the
/// field: the chapter is active; the elected organisation is a member organisation of that chapter and not a
/// government department; the term has a start and an end, starts after the chapter's latest term started, and
/// lasts the chapter's tenure where one is set; the votes are consistent with the method, the nominations and the
/// votes cast; and a source is given, as every recorded term has one.
/// </summary>
public sealed class ElectionRules(ContentReader content)
{
    private const string Part = SecretariatTypes.ElectionResult;

    /// <summary>How far a term's end may lie from start + tenure (months are uneven, sources round).</summary>
    public static readonly TimeSpan TenureTolerance = TimeSpan.FromDays(31);

    public async Task<IReadOnlyList<ContentError>> CheckAsync(ContentItem result, CancellationToken cancellationToken)
    {
        var errors = new List<ContentError>();
        var chapterId = result.Id(Part, "Chapter");
        var chapter = chapterId is not null && IdGenerator.IsWellFormed(chapterId)
            ? await content.GetAsync(chapterId, VersionOptions.Published, cancellationToken)
            : null;
        if (chapter is null || chapter.ContentType != "Chapter")
        {
            errors.Add(new ContentError($"{Part}.Chapter", $"Pick the chapter whose general body held the election."));
        }
        else if (chapter.Text("Chapter", "Status") == "historical")
        {
            errors.Add(new ContentError($"{Part}.Chapter", $"'{chapter.DisplayText}' is a historical chapter: it no longer elects a secretariat."));
        }
        await CheckOrganizationAsync(result, chapter, errors, cancellationToken);
        await CheckTermAsync(result, chapter, errors, cancellationToken);
        CheckVotes(result, errors);
        if (string.IsNullOrWhiteSpace(result.Url(Part, "Source")))
        {
            errors.Add(new ContentError($"{Part}.Source", $"Give the source of the result (the minutes or the announcement): a secretariat term is recorded only with its source."));
        }
        return errors;
    }

    private async Task CheckOrganizationAsync(ContentItem result, ContentItem? chapter, List<ContentError> errors, CancellationToken cancellationToken)
    {
        var id = result.Id(Part, "ElectedOrganization");
        var organization = id is not null && IdGenerator.IsWellFormed(id)
            ? await content.GetAsync(id, VersionOptions.Published, cancellationToken)
            : null;
        const string Member = $"{Part}.ElectedOrganization";
        if (organization is null || organization.ContentType != "Organization")
        {
            errors.Add(new ContentError(Member, $"Pick the organisation the general body elected."));
            return;
        }
        if (organization.Text("Organization", "Kind") == "government-department")
        {
            errors.Add(new ContentError(Member, $"'{organization.DisplayText}' is a government department: a secretariat is held by a member NGO, never by government."));
        }
        if (organization.Text("Organization", "Membership") != "member")
        {
            errors.Add(new ContentError(Member, $"'{organization.DisplayText}' is not a member organisation: only a member organisation can hold a secretariat."));
        }
        if (chapter is not null && !organization.Ids("Organization", "Chapters").Contains(chapter.ContentItemId))
        {
            errors.Add(new ContentError(Member, $"'{organization.DisplayText}' is not a member of {chapter.DisplayText}: the general body elects one of its own members."));
        }
    }

    private async Task CheckTermAsync(ContentItem result, ContentItem? chapter, List<ContentError> errors, CancellationToken cancellationToken)
    {
        var start = result.Date(Part, "TermStart")?.Date;
        var end = result.Date(Part, "TermEnd")?.Date;
        if (start is null)
        {
            errors.Add(new ContentError($"{Part}.TermStart", $"Give the date the new term starts."));
        }
        if (end is null)
        {
            errors.Add(new ContentError($"{Part}.TermEnd", $"Give the date the new term ends."));
        }
        if (start is not { } s || end is not { } e)
        {
            return;
        }
        if (e <= s)
        {
            errors.Add(new ContentError($"{Part}.TermEnd", $"The term ends ({e:yyyy-MM-dd}) before it starts ({s:yyyy-MM-dd})."));
            return;
        }
        if (chapter is null)
        {
            return;
        }
        if (chapter.Number("Chapter", "TenureMonths") is { } months && months > 0)
        {
            var expected = s.AddMonths((int)months);
            if ((e - expected).Duration() > TenureTolerance)
            {
                errors.Add(new ContentError($"{Part}.TermEnd",
                    $"{chapter.DisplayText}'s secretariat term lasts {months} months, so a term starting {s:yyyy-MM-dd} ends about {expected:yyyy-MM-dd}, not {e:yyyy-MM-dd}."));
            }
        }
        var latest = await SecretariatTerms.LatestAsync(content, chapter.ContentItemId, cancellationToken);
        if (latest?.Date(SecretariatTypes.SecretariatTerm, "Start")?.Date is { } latestStart && s <= latestStart)
        {
            errors.Add(new ContentError($"{Part}.TermStart",
                $"The new term must start after the current term '{latest.DisplayText}' started ({latestStart:yyyy-MM-dd})."));
        }
    }

    private static void CheckVotes(ContentItem result, List<ContentError> errors)
    {
        var method = result.Text(Part, "Method");
        var nominations = result.Number(Part, "Nominations");
        var cast = result.Number(Part, "VotesCast");
        var forElected = result.Number(Part, "VotesForElected");
        if (nominations is null or < 1)
        {
            errors.Add(new ContentError($"{Part}.Nominations", $"Give the number of nominations (at least the elected organisation's)."));
        }
        if (method == "unopposed" && nominations is > 1)
        {
            errors.Add(new ContentError($"{Part}.Nominations", $"An organisation elected unopposed was the only nomination, but {nominations} are given."));
        }
        if (method == "elected-by-vote")
        {
            if (nominations is < 2)
            {
                errors.Add(new ContentError($"{Part}.Nominations", $"A vote needs at least two nominations; with one, the method is 'Elected unopposed'."));
            }
            if (cast is null or < 1)
            {
                errors.Add(new ContentError($"{Part}.VotesCast", $"Give the number of votes cast."));
            }
            if (forElected is null or < 1)
            {
                errors.Add(new ContentError($"{Part}.VotesForElected", $"Give the votes for the elected organisation."));
            }
        }
        if (cast is { } c && forElected is { } f)
        {
            if (f > c)
            {
                errors.Add(new ContentError($"{Part}.VotesForElected", $"VotesForElected ({f}) cannot exceed VotesCast ({c})."));
            }
            else if (method == "elected-by-vote" && nominations is >= 2 and var n && f * n < c)
            {
                errors.Add(new ContentError($"{Part}.VotesForElected",
                    $"With {n} nominations and {c} votes cast, the elected organisation needs at least {Math.Ceiling(c / n)} votes to have the most; {f} are given."));
            }
        }
    }
}

using System.Globalization;
using System.Text;

namespace CrmSite.Benchmarks.Search;

/// <summary>
/// Generated fact sheets, the same for a given count on every run (fixed seed): a title naming a topic and a place,
/// a two-sentence summary with a figure, and a Markdown body of three sections with Zipf-distributed words, about
/// 220 words in all. One sheet in 20 is in Urdu. Each English sheet is about one of
/// <see cref="CorpusVocabulary.LocalityCount"/> places, whose two made-up name words occur nowhere else.
/// </summary>
public sealed class FactSheetCorpus
{
    public const int Seed = 20_261_123;

    /// <summary>Two words each in 20–30% of the sheets (about 6% have both).</summary>
    public const string CommonPair = "district police";

    private static readonly (string Id, string English, string Urdu)[] Topics =
    [
        ("topiceducation", "Out-of-school children", "اسکول سے باہر بچے"),
        ("topicchildlabour", "Child labour", "چائلڈ لیبر"),
        ("topicchildmarriage", "Child marriage", "کم عمری کی شادی"),
        ("topicbirthregistration", "Birth registration", "پیدائش کا اندراج"),
        ("topicnutrition", "Child nutrition", "بچوں کی غذائیت"),
        ("topicchildsexualabuse", "Child sexual abuse", "بچوں کا جنسی استحصال"),
        ("topicjuvenilejustice", "Juvenile justice", "نابالغوں کے لیے انصاف"),
        ("topiclegislation", "Child rights legislation", "بچوں کے حقوق کی قانون سازی"),
    ];

    private static readonly string[] Chapters =
    [
        "chapternational", "chapterpunjab", "chaptersindh", "chapterkhyberpakhtunkhwa", "chapterbalochistan",
        "chapterajk", "chaptergilgitbaltistan", "chapterfata",
    ];

    private static readonly string[] Publishers =
    [
        "Pakistan Bureau of Statistics", "UNICEF Pakistan", "Pakistan Demographic and Health Survey", "ILO Islamabad",
        "Sustainable Social Development Organization", "National Commission on the Rights of Child",
    ];

    private readonly CorpusVocabulary _vocabulary = new(Seed);

    public FactSheetCorpus(int count) => Count = count;

    public int Count { get; }

    public IReadOnlyList<(string First, string Second)> Localities => _vocabulary.Localities;

    /// <summary>The name of the first place: two words found only in the sheets about it, 1 in 1,500.</summary>
    public string RarePair => $"{Localities[0].First} {Localities[0].Second}".ToLowerInvariant();

    /// <summary>The query text for <c>common</c> or <c>rare</c>.</summary>
    public string Pair(string terms) => terms == "rare" ? RarePair : CommonPair;

    /// <summary>The sheets in order; sheet i is the same whatever was generated before it.</summary>
    public IEnumerable<FactSheetText> Sheets()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return Sheet(i);
        }
    }

    public FactSheetText Sheet(int index)
    {
        var random = new Random(unchecked(Seed + (index * 7_919)));
        var topic = Topics[random.Next(Topics.Length)];
        var chapter = Chapters[random.Next(Chapters.Length)];
        var year = 2000 + random.Next(26);
        var publisher = Publishers[random.Next(Publishers.Length)];
        var source = $"{publisher}, {year}";
        if (IsUrdu(index))
        {
            var urduSummary = $"{year} میں {random.Next(2, 95)} فیصد بچے۔ {Words(random, _vocabulary.Urdu, 25)}۔";
            return new FactSheetText(index, "ur", $"{topic.Urdu} {year}", urduSummary,
                Body(random, _vocabulary.Urdu, place: null, "۔"), source, year, topic.Id, chapter);
        }
        var (first, second) = _vocabulary.Localities[random.Next(_vocabulary.Localities.Count)];
        var place = $"{first} {second}";
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"In {year}, {random.Next(2, 95)}% of children in {place} were counted. {Sentence(random, 25)}");
        return new FactSheetText(index, "en", $"{topic.English} in {place}, {year}", summary,
            Body(random, _vocabulary.English, place, "."), source, year, topic.Id, chapter);
    }

    public static bool IsUrdu(int index) => index % 20 == 19;

    private string Sentence(Random random, int words) => CorpusVocabulary.Capitalize(Words(random, _vocabulary.English, words)) + ".";

    private static string Body(Random random, ZipfSampler words, string? place, string stop)
    {
        var body = new StringBuilder();
        for (var section = 0; section < 3; section++)
        {
            body.Append("## ").Append(CorpusVocabulary.Capitalize(Words(random, words, 3))).Append("\n\n");
            for (var sentence = 0; sentence < 3; sentence++)
            {
                body.Append(Words(random, words, random.Next(10, 22))).Append(stop).Append(' ');
            }
            body.Append("\n\n");
            for (var bullet = 0; bullet < 2; bullet++)
            {
                body.Append("- ").Append(place is not null && bullet == 0 ? place + ": " : "")
                    .Append(random.Next(1, 99).ToString(CultureInfo.InvariantCulture)).Append("% ")
                    .Append(Words(random, words, 6)).Append(stop).Append('\n');
            }
            body.Append('\n');
        }
        return body.ToString();
    }

    private static string Words(Random random, ZipfSampler words, int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(i == 0 ? "" : " ").Append(words.Next(random));
        }
        return text.ToString();
    }
}

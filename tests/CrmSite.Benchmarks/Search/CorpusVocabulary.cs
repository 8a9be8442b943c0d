namespace CrmSite.Benchmarks.Search;

/// <summary>
/// The words generated fact sheets are written with, most frequent first: English function and child-rights words,
/// then made-up words (syllables, so that the stemmer leaves them apart) for the long tail; an Urdu list for Urdu
/// sheets; and two-word place names, each given to about 1 in <see cref="LocalityCount"/> sheets, so that a pair of
/// rare words finds a few dozen sheets together.
/// </summary>
public sealed class CorpusVocabulary
{
    public const int EnglishSize = 40_000;
    public const int LocalityCount = 1_500;

    private static readonly string[] EnglishHead =
    [
        "the", "of", "and", "in", "to", "a", "children", "for", "is", "were", "by", "on", "with", "as", "are", "at",
        "from", "that", "this", "their", "was", "or", "not", "has", "have", "be", "been", "more", "than", "per",
        "which", "who", "also", "but", "under", "all", "its", "one", "child", "rights", "pakistan", "survey", "report",
        "province", "age", "girls", "boys", "government", "law", "data", "health", "education", "protection", "years",
        "school", "district", "rate", "cent", "national", "labour", "marriage", "registration", "birth", "families",
        "poverty", "work", "women", "young", "public", "provincial", "court", "police", "cases", "justice", "services",
        "programme", "policy", "act", "year", "million", "between", "among", "most", "less", "each", "some", "many",
        "both", "other", "after", "before", "during", "only", "about", "over", "since", "while", "where", "when",
        "those", "these", "such", "into", "out", "up", "rural", "urban", "households", "mothers", "infants",
        "nutrition", "stunting", "vaccination", "schools", "teachers", "enrolment", "dropout", "primary", "secondary",
        "literacy", "violence", "abuse", "exploitation", "trafficking", "domestic", "workers", "brick", "kilns",
        "agriculture", "factories", "streets", "juvenile", "detention", "courts", "legislation", "assembly", "bill",
        "minimum", "penalty", "enforcement", "commission", "ombudsman", "complaints", "helpline", "shelter", "care",
        "disability", "refugees", "displaced", "floods", "emergency", "sanitation", "water", "hospital", "clinics",
        "doctors", "midwives", "mortality", "newborn", "maternal", "wasting", "anaemia", "budget", "spending",
        "allocation", "funds", "donors", "partners", "civil", "society", "organisations", "media", "journalists",
        "parents", "community", "leaders", "religious", "tribal", "councils", "village", "tehsil", "division",
        "capital", "territory", "federal", "ministry", "department", "officers", "training", "awareness", "campaign",
        "monitoring", "evaluation", "indicators", "baseline", "targets", "progress", "gaps", "challenges", "risks",
        "recommendations", "findings", "estimates", "figures", "trend", "increase", "decline", "share", "number",
        "total", "average", "highest", "lowest", "compared", "reported", "recorded", "registered", "surveyed",
        "according", "published", "released", "official", "independent", "international", "unicef", "unesco", "ilo",
    ];

    private static readonly string[] UrduWords =
    [
        "بچے", "بچوں", "فیصد", "سال", "اسکول", "پاکستان", "شادی", "لیبر", "چائلڈ", "عمر", "باہر", "ملین", "سندھ",
        "سروے", "لڑکوں", "لڑکیوں", "شرح", "بحوالہ", "اسلام", "آباد", "اعداد", "زیادہ", "صوبے", "مختلف", "کام", "عمری",
        "ایکٹ", "بلوچستان", "تعداد", "پنجاب", "خیبرپختونخوا", "مطابق", "موازنہ", "تقریباً", "پیمانہ", "ڈیموگرافک",
        "ہیلتھ", "قانون", "ریسٹرینٹ", "آئین", "آرٹیکل", "ترمیم", "شامل", "مفت", "لازمی", "تعلیم", "ضمانت", "باوجود",
        "صوبائی", "صوبوں", "صوبہ", "برسوں", "گروپوں", "احاطہ", "احتیاط", "اکتوبر", "جاری", "بزنس", "ریکارڈر", "تجزیہ",
        "امریکی", "محکمۂ", "محنت", "درمیان", "گروپ", "استعمال", "مقرر", "قومی", "اپریل", "اسمبلی", "منظور", "سزا",
        "تحفظ", "حقوق", "صحت", "غذائیت", "پیدائش", "اندراج", "غربت", "خاندان", "والدین", "تشدد", "استحصال", "عدالت",
        "پولیس", "انصاف", "حکومت", "بجٹ", "رپورٹ", "ضلع", "تحصیل", "گاؤں", "شہری", "دیہی", "اساتذہ", "داخلہ",
        "خواندگی", "ویکسین", "ہسپتال", "پانی", "سیلاب", "معذوری", "پناہ", "شکایات", "کمیشن", "وزارت", "محکمہ",
    ];

    private static readonly string[] Consonants = ["b", "d", "g", "k", "l", "m", "n", "p", "r", "t", "v", "z", "sh", "kh"];
    private static readonly string[] Vowels = ["a", "o", "u", "i"];

    public CorpusVocabulary(int seed)
    {
        var random = new Random(seed);
        var taken = new HashSet<string>(EnglishHead, StringComparer.Ordinal);
        var english = new List<string>(EnglishHead);
        while (english.Count < EnglishSize)
        {
            var word = MadeUpWord(random, random.Next(2, 5));
            if (taken.Add(word))
            {
                english.Add(word);
            }
        }
        var localities = new List<(string, string)>(LocalityCount);
        while (localities.Count < LocalityCount)
        {
            // Three syllables and a closing consonant: a shape the made-up tail words never have.
            var (first, second) = (MadeUpWord(random, 3) + "n", MadeUpWord(random, 3) + "r");
            if (taken.Add(first) && taken.Add(second))
            {
                localities.Add((Capitalize(first), Capitalize(second)));
            }
        }
        English = new ZipfSampler(english);
        Urdu = new ZipfSampler(UrduWords);
        Localities = localities;
    }

    public ZipfSampler English { get; }

    public ZipfSampler Urdu { get; }

    /// <summary>Two-word place names; every word in them occurs nowhere else.</summary>
    public IReadOnlyList<(string First, string Second)> Localities { get; }

    public static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string MadeUpWord(Random random, int syllables)
    {
        var word = "";
        for (var i = 0; i < syllables; i++)
        {
            word += Consonants[random.Next(Consonants.Length)] + Vowels[random.Next(Vowels.Length)];
        }
        return word;
    }
}

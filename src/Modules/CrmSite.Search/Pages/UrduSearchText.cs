using System.Globalization;
using CrmSite.Search.SiteSearch;

namespace CrmSite.Search.Pages;

/// <summary>The search page in Urdu (right to left).</summary>
public sealed class UrduSearchText : SearchPageText
{
    public override string Lang => "ur";

    public override string Dir => "rtl";

    public override string SiteName => "چائلڈ رائٹس موومنٹ پاکستان";

    public override string PageTitle => "تلاش";

    public override string SkipToContent => "سیدھے مواد پر جائیں";

    public override string SearchLabel => "سائٹ میں تلاش کریں";

    public override string SearchButton => "تلاش کریں";

    public override string Hint => "فیکٹ شیٹس، اشاریے، چیپٹرز اور فورم کی بحثیں تلاش کرنے کے لیے اردو یا انگریزی میں الفاظ لکھیں۔";

    public override string Suggestions => "تجاویز";

    public override string SuggestionsStatus => "{0} تجاویز؛ منتخب کرنے کے لیے اوپر اور نیچے والے تیر استعمال کریں۔";

    public override string Unavailable => "تلاش اس وقت دستیاب نہیں ہے۔ براہِ کرم تھوڑی دیر بعد دوبارہ کوشش کریں۔";

    public override string ProblemHeading => "یہ تلاش نہیں کی جا سکی";

    public override string Filters => "نتائج محدود کریں";

    public override string All => "تمام";

    public override string Pages => "نتائج کے صفحات";

    public override string PreviousPage => "پچھلا";

    public override string NextPage => "اگلا";

    public override string LanguageNav => "زبان";

    public override string LanguageName => "اردو";

    public override string ResultCount(int total) => total == 1 ? "1 نتیجہ" : string.Create(CultureInfo.InvariantCulture, $"{total} نتائج");

    public override string NoResults(string query) => $"«{query}» کے لیے کچھ نہیں ملا۔ دوسرے الفاظ آزمائیں یا کوئی فلٹر ہٹا دیں۔";

    public override string PageNumber(int page) => string.Create(CultureInfo.InvariantCulture, $"صفحہ {page}");

    public override string FacetName(string facet) => facet switch
    {
        "culture" => "زبان",
        "type" => "مواد کی قسم",
        "chapter" => "چیپٹر",
        "topic" => "موضوع",
        "year" => "سال",
        _ => facet,
    };

    public override string? CultureName(string culture) => culture switch
    {
        "en" => "انگریزی",
        "ur" => "اردو",
        _ => null,
    };

    public override string Problem(string field, string message) => field switch
    {
        "q" => string.Create(CultureInfo.InvariantCulture, $"تلاش کا متن {SiteSearchRequest.MaxQueryLength} حروف سے زیادہ نہیں ہو سکتا۔"),
        "page" => string.Create(CultureInfo.InvariantCulture, $"صفحہ نمبر 1 اور {SiteSearchRequest.MaxPage} کے درمیان ہونا چاہیے۔"),
        "year" => "سال 2023 جیسا کوئی سال ہونا چاہیے۔",
        _ => message,
    };
}

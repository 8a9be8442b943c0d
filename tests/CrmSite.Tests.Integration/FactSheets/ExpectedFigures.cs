namespace CrmSite.Tests.Integration.FactSheets;

/// <summary>Every figure of crm-facts.md A4, rows 1–16, transcribed by hand, and the indicators that hold them.</summary>
public static class ExpectedFigures
{
    private const string Oosc = "https://thenews.com.pk/latest/1150032-pakistan-s-out-of-school-children-figures-clock-in-at-26-million";
    private const string OoscProvinces = "https://pakobserver.net/?p=538294";
    private const string PunjabLabour = "https://stateofchildren.com/child-labour-tables";
    private const string KpLabour = "https://www.brecorder.com/news/40286129/kp-launches-first-ever-child-labour-survey-2022-23";
    private const string SindhLabour = "https://www.dawn.com/news/1951033/13m-children-trapped-in-child-labour-in-sindh";
    private const string Dol = "https://www.dol.gov/agencies/ilab/resources/reports/child-labor/pakistan";
    private const string BirthRegistration = "https://reliefweb.int/report/pakistan/increasing-birth-registration-children-marginalised-groups-pakistan-0";
    private const string Marriage = "https://stateofchildren.com/child-marriage-tables";
    private const string Stunting = "https://www.datastories.pk/stunted-children-under-five-years-of-age-most-in-khyber-pakhtunkhwas-newly-merged-districts-kp-nmd/";
    private const string Akdn = "https://www.akdn.org/project/nutrition-survey-highlights-stunting-crisis-pakistan";
    private const string Mortality = "http://pid.gov.pk/site/press_detail/9054";
    private const string Sahil2019 = "https://www.thenews.com.pk/print/630275-cruel-number-report-launched";
    private const string Sahil2020 = "https://pakngos.com.pk/cruel-numbers-2020-published/";
    private const string Sahil2022 = "https://sohris.com/cruel-numbers-2022";
    private const string Sahil2023 = "https://bnnbreaking.com/world/pakistan/sahil-report-reveals-11-children-abused-daily-in-2023-alarming-surge-in-cases-across-pakistan";
    private const string Sahil2025 = "https://baaghitv.com/bachon-k-istehsal-k-hwaley-sy-pryshankun-report";

    public static string Key(string indicator, string geography, string period, string sex, string? ageGroup) =>
        $"{indicator}|{geography}|{period}|{sex}|{ageGroup}";

    /// <summary>Indicator id, unit and measure type.</summary>
    public static IReadOnlyList<(string Id, string Unit, string MeasureType)> Indicators { get; } =
    [
        ("indicatoroosc", "children", "count"),
        ("indicatorooscrate", "percent", "rate"),
        ("indicatorchildlabour", "percent", "prevalence"),
        ("indicatorchildlabourcount", "children", "count"),
        ("indicatorworking", "percent", "prevalence"),
        ("indicatorworkingcount", "children", "count"),
        ("indicatorchildpopulation", "children", "count"),
        ("indicatorbirthregistration", "percent", "rate"),
        ("indicatorchildmarriage", "percent", "prevalence"),
        ("indicatorstunting", "percent", "prevalence"),
        ("indicatorwasting", "percent", "prevalence"),
        ("indicatorunder5mortality", "per-1000-live-births", "rate"),
        ("indicatorinfantmortality", "per-1000-live-births", "rate"),
        ("indicatorsahilcases", "cases", "reported-cases"),
        ("indicatorsahilsexualabuse", "cases", "reported-cases"),
        ("indicatorsahilregionshare", "percent", "reported-cases"),
    ];

    public static IReadOnlyList<ExpectedFigure> All { get; } =
    [
        new(1, "indicatoroosc", "pakistan", "2021-22", "total", null, "26.21m", "2021-22", Oosc),
        new(1, "indicatorooscrate", "pakistan", "2021-22", "total", null, "= 39%", "2021-22", Oosc),
        new(1, "indicatoroosc", "pakistan", "2016-17", "total", null, "(22.02m", "2016-17", Oosc),
        new(1, "indicatorooscrate", "pakistan", "2016-17", "total", null, "/ 44%", "2016-17", Oosc),
        new(2, "indicatoroosc", "punjab", "2021-22", "total", null, "Punjab 11.73m", "2021-22", OoscProvinces),
        new(2, "indicatoroosc", "sindh", "2021-22", "total", null, "Sindh 7.63m", "2021-22", OoscProvinces),
        new(2, "indicatoroosc", "khyber-pakhtunkhwa", "2021-22", "total", null, "KP 3.63m", "2021-22", OoscProvinces),
        new(2, "indicatorooscrate", "khyber-pakhtunkhwa", "2021-22", "total", null, "3.63m (30%)", "2021-22", OoscProvinces),
        new(2, "indicatoroosc", "balochistan", "2021-22", "total", null, "Balochistan 3.13m", "2021-22", OoscProvinces),
        new(2, "indicatorooscrate", "balochistan", "2021-22", "total", null, "3.13m (65%", "2021-22", OoscProvinces),
        new(2, "indicatoroosc", "islamabad-capital-territory", "2021-22", "total", null, "ICT 0.08m", "2021-22", OoscProvinces),
        new(3, "indicatorchildlabour", "punjab", "2019-20", "total", "5-14", "13.4%", "2019-20", PunjabLabour),
        new(3, "indicatorchildlabour", "punjab", "2019-20", "boys", "5-14", "boys 16.8", "2019-20", PunjabLabour),
        new(3, "indicatorchildlabour", "punjab", "2019-20", "girls", "5-14", "girls 9.7", "2019-20", PunjabLabour),
        new(4, "indicatorchildlabour", "punjab", "2019-20", "total", "5-17", "16.9%", "2019-20", PunjabLabour),
        new(4, "indicatorchildlabourcount", "punjab", "2019-20", "total", "5-17", "6,032,940 children", "2019-20", PunjabLabour),
        new(5, "indicatorworking", "khyber-pakhtunkhwa", "2022-23", "total", "5-17", "11.1%", "2022-23", KpLabour),
        new(5, "indicatorworkingcount", "khyber-pakhtunkhwa", "2022-23", "total", "5-17", "(922,314)", "2022-23", KpLabour),
        new(5, "indicatorchildpopulation", "khyber-pakhtunkhwa", "2022-23", "total", "5-17", "of ~8.28m", "2022-23", KpLabour),
        new(6, "indicatorchildlabour", "sindh", "2023-24", "total", "5-17", "10.3%", "2023-24", SindhLabour),
        new(6, "indicatorchildlabour", "sindh", "2023-24", "boys", "5-17", "boys 13.7", "2023-24", SindhLabour),
        new(6, "indicatorchildlabour", "sindh", "2023-24", "girls", "5-17", "girls 6.6", "2023-24", SindhLabour),
        new(6, "indicatorchildlabourcount", "sindh", "2023-24", "total", "5-17", "; 1.3m", "2023-24", SindhLabour),
        new(7, "indicatorworking", "pakistan", "2017-18", "total", "10-14", "9.8%", "LFS 2017-18", Dol),
        new(7, "indicatorworkingcount", "pakistan", "2017-18", "total", "10-14", "(2,261,704)", "LFS 2017-18", Dol),
        new(8, "indicatorbirthregistration", "pakistan", "2017-18", "total", "under-5", "42%", "2017-18", BirthRegistration),
        new(9, "indicatorchildmarriage", "pakistan", "2017-18", "total", null, "18.3%", "2017-18", Marriage),
        new(10, "indicatorstunting", "pakistan", "2018", "total", "under-5", "40.2%", "2018", Stunting),
        new(10, "indicatorstunting", "pakistan", "2018", "boys", "under-5", "boys 40.9", "2018", Stunting),
        new(10, "indicatorstunting", "pakistan", "2018", "girls", "under-5", "girls 39.4", "2018", Stunting),
        new(11, "indicatorstunting", "kp-newly-merged-districts", "2018", "total", "under-5", "KP-NMD 48.3", "2018", Stunting, Akdn),
        new(11, "indicatorstunting", "balochistan", "2018", "total", "under-5", "Balochistan 46.6", "2018", Stunting, Akdn),
        new(11, "indicatorstunting", "gilgit-baltistan", "2018", "total", "under-5", "GB 46.6", "2018", Stunting, Akdn),
        new(11, "indicatorstunting", "islamabad-capital-territory", "2018", "total", "under-5", "ICT 32.6", "2018", Stunting, Akdn),
        new(12, "indicatorwasting", "sindh", "2018", "total", "under-5", "Sindh 23.3", "2018", Akdn),
        new(12, "indicatorwasting", "kp-newly-merged-districts", "2018", "total", "under-5", "KP-NMD 23.1", "2018", Akdn),
        new(12, "indicatorwasting", "islamabad-capital-territory", "2018", "total", "under-5", "ICT 12.1", "2018", Akdn),
        new(12, "indicatorwasting", "gilgit-baltistan", "2018", "total", "under-5", "GB 9.4", "2018", Akdn),
        new(13, "indicatorunder5mortality", "pakistan", "2017-18", "total", null, "74 /", "2017-18", Mortality),
        new(13, "indicatorinfantmortality", "pakistan", "2017-18", "total", null, "/ 62", "2017-18", Mortality),
        new(14, "indicatorsahilcases", "pakistan", "2019", "total", null, "2019: 2,846", "2019", Sahil2019),
        new(14, "indicatorsahilcases", "pakistan", "2020", "total", null, "2020: 2,960", "2020", Sahil2020),
        new(14, "indicatorsahilcases", "pakistan", "2021", "total", null, "2021: 3,852", "2021", Sahil2022),
        new(14, "indicatorsahilcases", "pakistan", "2022", "total", null, "2022: 4,253", "2022", Sahil2022),
        new(14, "indicatorsahilcases", "pakistan", "2023", "total", null, "2023: 4,213", "2023", Sahil2023),
        new(15, "indicatorsahilregionshare", "punjab", "2022", "total", null, "Punjab 71", "2022", Sahil2022),
        new(15, "indicatorsahilregionshare", "sindh", "2022", "total", null, "Sindh 15", "2022", Sahil2022),
        new(15, "indicatorsahilregionshare", "islamabad-capital-territory", "2022", "total", null, "ICT 8", "2022", Sahil2022),
        new(15, "indicatorsahilregionshare", "khyber-pakhtunkhwa", "2022", "total", null, "2 each", "2022", Sahil2022),
        new(15, "indicatorsahilregionshare", "balochistan", "2022", "total", null, "2 each", "2022", Sahil2022),
        new(15, "indicatorsahilregionshare", "ajk", "2022", "total", null, "2 each", "2022", Sahil2022),
        new(15, "indicatorsahilregionshare", "gilgit-baltistan", "2022", "total", null, "2 each", "2022", Sahil2022),
        new(16, "indicatorsahilcases", "pakistan", "2025-01/2025-06", "total", null, "1,956 cases", "Jan–Jun 2025", Sahil2025),
        new(16, "indicatorsahilsexualabuse", "pakistan", "2025-01/2025-06", "total", null, "(950 sexual abuse", "Jan–Jun 2025", Sahil2025),
    ];
}

namespace CrmSite.Tests.Integration.FactSheets;

/// <summary>
/// The legal milestones of crm-facts.md A5, transcribed by hand: the item, the row it comes from (a phrase of that
/// row), the date as the register writes it, the stored date and its precision, and the source URLs.
/// </summary>
public static class ExpectedMilestones
{
    private const string StateOfChildren = "https://stateofchildren.com/international/";
    private const string Zarra = "https://www.legislation.pk/browse-legislation/federation-of-pakistan/17-the-zainab-alert-response-and-recovery-act-2020";
    private const string Pjc = "http://pjcriminology.com/publications/baluchistan-child-protection-act-2016-what-have-we-learnt-from-child-protection-legislation-in-pakistan-since-2004-2";

    public static IReadOnlyList<(string Id, string RowPhrase, string RegisterDate, string Date, string Precision, string[] Urls)> All { get; } =
    [
        ("milestoneuncrcsigned", "UNCRC signed / ratified", "20 Sep 1990", "1990-09-20", "day", [StateOfChildren]),
        ("milestoneuncrcratified", "UNCRC signed / ratified", "12 Nov 1990", "1990-11-12", "day", [StateOfChildren, Zarra]),
        ("milestoneuncrcreservation", "General reservation to UNCRC withdrawn", "23 Jul 1997", "1997-07-23", "day",
            ["https://courtingthelaw.com/2015/06/01/commentary/convention-on-the-rights-of-child-2/"]),
        ("milestoneopsc", "OP on sale of children", "5 Jul 2011", "2011-07-05", "day", [StateOfChildren]),
        ("milestoneopac", "OP on armed conflict", "17 Nov 2016", "2016-11-17", "day", [StateOfChildren]),
        ("milestonepunjabdnca", "Punjab Destitute and Neglected Children Act", "| 2004 |", "2004-01-01", "year", [Pjc]),
        ("milestonearticle25a", "Art. 25-A", "| 2010 |", "2010-01-01", "year", ["https://schoolvisor.org/news/right-to-education-in-pakistan-article-25a"]),
        ("milestonekpcpwa", "KP Child Protection and Welfare Act", "| 2010 |", "2010-01-01", "year", [Pjc]),
        ("milestonesindhcpaa", "Sindh Child Protection Authority Act", "| 2011 |", "2011-01-01", "year",
            ["https://crspk.blogspot.com/2013/09/unite-for-child-rights-in-pakistan.html"]),
        ("milestonesindhcmra", "Sindh Child Marriages Restraint Act", "28 Apr 2014", "2014-04-28", "day",
            ["https://dawn.com/news/1102840", "http://www.nation.com.pk/editors-picks/29-Apr-2014/sindh-takes-the-lead-bans-child-marriage"]),
        ("milestonebalochistancpa", "Balochistan Child Protection Act", "| 2016 |", "2016-01-01", "year", [Pjc]),
        ("milestonencrcact", "National Commission on the Rights of Child Act", "Sep 2017", "2017-09-01", "month",
            ["https://dawn.com/news/1537788", "https://stateofchildren.com/national-commission-on-the-rights-of-child"]),
        ("milestoneictcpa", "ICT Child Protection Act 2018", "18 May 2018", "2018-05-18", "day",
            ["https://www.scribd.com/document/510702617/child-protection-law-6"]),
        ("milestonejjsa", "Juvenile Justice System Act 2018", "18 May 2018", "2018-05-18", "day",
            ["https://dailytimes.com.pk/1071447/juvenile-justice-2/", "https://pakobserver.net/analysis-of-juvenile-justice-system-of-pakistan"]),
        ("milestonezarra", "Zainab Alert, Response and Recovery Act 2020", "19 Mar 2020", "2020-03-19", "day",
            [Zarra, "https://www.samaa.tv/news/pakistan/2020/03/senate-okays-zainab-alert-bill/"]),
        ("milestonesocreport2024", "State of Children in Pakistan Report 2024", "30 Apr 2025", "2025-04-30", "day",
            ["https://www.dawn.com/news/1907585/ncrc-launches-first-ever-national-report-on-situation-of-children"]),
        ("milestoneictcmra", "ICT Child Marriage Restraint Act 2025", "late May 2025", "2025-05-01", "month",
            ["https://www.pakistantoday.com.pk/?p=375555"]),
    ];

    /// <summary>The publications of A3: the item, a phrase of its entry, its year (if the register gives one) and its link.</summary>
    public static IReadOnlyList<(string Id, string Phrase, int? Year, string Kind, string Url)> Publications { get; } =
    [
        ("publicationcrcaltreport", "Implementing Child Rights in Pakistan: Alternative Report for UN CRC", 2015, "alternative-report",
            "https://docslib.org/doc/12776877/pakistan-alternative-report-for-un-crc"),
        ("publicationupr2012", "CRM joint UPR stakeholder report (2012)", 2012, "upr-report",
            "https://fdokumen.com/documents/the-universal-periodic-review-of-pakistan.html"),
        ("publicationuprcompendium", "The Universal Periodic Review of Pakistan: New phase of implementation 2012 to 2017", null, "compendium",
            "https://fdokumen.com/documents/the-universal-periodic-review-of-pakistan.html"),
        ("publicationupr2017", "CRM report to Pakistan's 3rd UPR (13 Nov 2017)", 2017, "upr-report",
            "https://www.pakistanpressfoundation.org/pakistans-human-rights-review/"),
        ("publicationworkshop2017", "CRM Punjab workshop facilitated by National Secretariat, 10 Nov 2017", 2017, "news",
            "http://crm.com.pk/2017-2/"),
        ("publicationprotest2020", "protest at National Press Club, 29 Dec 2020", 2020, "news",
            "https://www.urdupoint.com/en/pakistan/protest-held-against-rape-murder-of-girls-in-1127643.html"),
    ];
}

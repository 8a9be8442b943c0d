using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CrmSite.Content.Localization;
using CrmSite.Content.Management;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CrmSite.Tests.Unit.Localization;

/// <summary>
/// The Urdu catalogue against the source: every text the admin looks up (<c>T["..."]</c> in pages, <c>text["..."]</c>
/// in page models, the validation messages of <c>AddError</c> and <c>ContentError</c>, permission descriptions) has
/// a translation with the same holes, and the catalogue holds nothing the source no longer asks for.
/// </summary>
public sealed partial class AdminTextCatalogueTests
{
    private static readonly string Root = FindRoot();

    private static readonly string Catalogue = Path.Combine(Root, "src", "CrmSite.Content", "Localization", "AdminText.ur.resx");

    [Fact]
    public void EveryTextTheAdminLooksUp_HasAnUrduTranslation_WithTheSameHoles()
    {
        var urdu = Translations();
        var keys = SourceKeys();
        Assert.True(keys.Count > 300, $"Only {keys.Count} texts found in the source: the scanner is broken.");

        var missing = keys.Where(k => !urdu.ContainsKey(k.Key)).Select(k => $"{k.Value}: {k.Key}").Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "Texts without an Urdu translation:\n" + string.Join('\n', missing));

        var holesDiffer = urdu.Where(t => !Holes(t.Key).SequenceEqual(Holes(t.Value))).Select(t => t.Key).ToList();
        Assert.True(holesDiffer.Count == 0, "Translations whose holes differ from the English:\n" + string.Join('\n', holesDiffer));

        var untranslated = urdu.Where(t => !UrduLetter().IsMatch(t.Value)).Select(t => t.Key).ToList();
        Assert.True(untranslated.Count == 0, "Translations without Urdu letters:\n" + string.Join('\n', untranslated));
    }

    [Fact]
    public void TheCatalogueHoldsNoTextTheSourceNoLongerAsksFor()
    {
        var keys = SourceKeys();
        var stale = Translations().Keys.Where(k => !keys.ContainsKey(k)).ToList();
        Assert.True(stale.Count == 0, "Translations nothing looks up:\n" + string.Join('\n', stale));
    }

    [Fact]
    public void TheLocalizer_FindsTheUrduSatellite_AndFallsBackToTheEnglishKey()
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        var text = new StringLocalizer<AdminText>(factory);
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("ur");
            Assert.Equal("محفوظ کریں", text["Save"].Value);
            Assert.Equal("صفحہ 2 از 7", text["page {0} of {1}", 2, 7].Value);
            Assert.Equal("Not in the catalogue", text["Not in the catalogue"].Value);
            // A validation message keeps its format, so it is shown translated with its values.
            Assert.Equal("Year لازمی ہے۔", text.Localize(new ContentError("FactSheet.Year", $"{"Year"} is required.")));
            Assert.Equal("as it came", text.Localize(ContentError.Verbatim("x", "as it came")));

            CultureInfo.CurrentUICulture = new CultureInfo("en");
            Assert.Equal("Save", text["Save"].Value);
            Assert.Equal("Year is required.", text.Localize(new ContentError("FactSheet.Year", $"{"Year"} is required.")));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
        var manager = new ResourceManager(typeof(AdminText).FullName!, typeof(AdminText).Assembly);
        Assert.Equal("سائن اِن", manager.GetString("Sign in", new CultureInfo("ur")));
    }

    [Fact]
    public void AnErrorKeepsItsEnglishMessage_AndItsFormat()
    {
        var error = new ContentError("FactSheet.Year", $"{"Year"} must be at least {1990}.");
        Assert.Equal("Year must be at least 1990.", error.Message);
        Assert.Equal("{0} must be at least {1}.", error.Format);
        Assert.Equal(["Year", 1990], error.Arguments);
        Assert.Equal(error, ContentError.Verbatim("FactSheet.Year", "Year must be at least 1990."));
    }

    private static Dictionary<string, string> Translations() =>
        XDocument.Load(Catalogue).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

    /// <summary>The texts the source looks up, each with the first file that does.</summary>
    private static Dictionary<string, string> SourceKeys()
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var source = File.ReadAllText(file);
            var name = Path.GetRelativePath(Root, file);
            void Add(string key)
            {
                if (LetterOutsideHoles().IsMatch(HoleText().Replace(key, "")))
                {
                    keys.TryAdd(key, name);
                }
            }
            foreach (Match m in Lookup().Matches(source))
            {
                Add(Unescape(m.Groups["text"].Value));
            }
            foreach (Match m in ConditionalLookup().Matches(source))
            {
                Add(Unescape(m.Groups["a"].Value));
                Add(Unescape(m.Groups["b"].Value));
            }
            foreach (Match m in PermissionDescription().Matches(source))
            {
                Add(Unescape(m.Groups["text"].Value));
            }
            foreach (Match m in MessageConstant().Matches(source))
            {
                Add(Unescape(m.Groups["text"].Value));
            }
            if (file.EndsWith(".cs", StringComparison.Ordinal))
            {
                foreach (Match call in ErrorCall().Matches(source))
                {
                    var end = source.IndexOf(';', call.Index + call.Length);
                    var span = source[(call.Index + call.Length)..(end < 0 ? source.Length : end)];
                    var messages = Interpolated().Matches(span).ToList();
                    // The member argument may be interpolated too ($"{Part}.Year"): the message is the other one.
                    if (span.TrimStart().StartsWith("$\"", StringComparison.Ordinal))
                    {
                        messages = messages.Skip(1).ToList();
                    }
                    foreach (var message in messages)
                    {
                        Add(CompositeFormat(Unescape(message.Groups["text"].Value)));
                    }
                }
            }
        }
        return keys;
    }

    /// <summary>An interpolated string's text as <see cref="FormattableString.Format"/> has it: holes numbered in order.</summary>
    private static string CompositeFormat(string interpolated)
    {
        var index = 0;
        return InterpolationHole().Replace(interpolated, m =>
        {
            var format = m.Groups["format"].Success ? ":" + m.Groups["format"].Value : "";
            return "{" + (index++).ToString(CultureInfo.InvariantCulture) + format + "}";
        });
    }

    private static IEnumerable<string> Holes(string text) => HoleText().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal);

    private static string Unescape(string literal) => literal.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CrmSite.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("CrmSite.sln not found above " + AppContext.BaseDirectory);
    }

    private const string Literal = "\"(?<text>(?:[^\"\\\\]|\\\\.)*)\"";

    [GeneratedRegex(@"\b(?:T|text|Text)\[\s*" + Literal)]
    private static partial Regex Lookup();

    [GeneratedRegex(@"\b(?:T|text|Text)\[\s*[^\]""]*?\?\s*""(?<a>(?:[^""\\]|\\.)*)""\s*:\s*[^""\]]*?""(?<b>(?:[^""\\]|\\.)*)""")]
    private static partial Regex ConditionalLookup();

    [GeneratedRegex(@"Permission\s+\w+\s*=\s*new\(\s*""\w+"",\s*" + Literal)]
    private static partial Regex PermissionDescription();

    [GeneratedRegex(@"const string \w*Message\s*=\s*" + Literal)]
    private static partial Regex MessageConstant();

    [GeneratedRegex(@"(?:AddError|ContentError|\bInvalid|\bRefused|errors\.Add\(new)\(")]
    private static partial Regex ErrorCall();

    [GeneratedRegex(@"\$""(?<text>(?:[^""\\{]|\\.|\{\{|\}\}|\{[^{}]*\})*)""")]
    private static partial Regex Interpolated();

    [GeneratedRegex(@"(?<!\{)\{(?!\{)(?<expr>[^{}:?]*(?:\?[^{}]*)?)(?::(?<format>[A-Za-z0-9\-.#,]+))?\}")]
    private static partial Regex InterpolationHole();

    [GeneratedRegex(@"\{[0-9]+(?::[^}]*)?\}")]
    private static partial Regex HoleText();

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex LetterOutsideHoles();

    [GeneratedRegex(@"[\u0600-\u06FF]")]
    private static partial Regex UrduLetter();
}

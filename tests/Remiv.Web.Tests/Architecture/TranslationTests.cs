using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Remiv.Web.Tests.Architecture;

/// <summary>
/// French text is the key of every interface string; the English interface must not fall back to French
/// silently. Every text a user can be shown (pages, validation and domain messages, labels, the fields named
/// after a stale edit) has an English entry.
/// </summary>
public sealed partial class TranslationTests
{
    private static readonly string Root = FindRoot();

    [Test]
    public void Every_french_text_of_the_pages_has_an_english_translation()
    {
        AssertTranslated(Found("src/Remiv.Web", LocalizerKey(), "*.cshtml", "*.cs"));
    }

    [Test]
    public void Every_validation_message_of_the_use_cases_has_an_english_translation()
    {
        AssertTranslated(Found("src/Remiv.Application", ValidationMessage(), "*.cs"));
    }

    [Test]
    public void Every_message_of_the_domain_rules_has_an_english_translation()
    {
        AssertTranslated(Found("src/Remiv.Domain", DomainMessage(), "*.cs"));
    }

    [Test]
    public void Every_label_of_roles_statuses_tracks_and_documents_has_an_english_translation()
    {
        AssertTranslated(Found("src/Remiv.Web/Pages", AnyLiteral(), "*Labels.cs"));
    }

    [Test]
    public void Every_field_named_after_a_stale_edit_has_an_english_translation()
    {
        AssertTranslated([
            .. Found("src/Remiv.Application/Youths/Access", LabelValue(), "ChangesSince.cs"),
            .. Found("src/Remiv.Application", ConflictField(), "*.cs")]);
    }

    [Test]
    public void No_two_french_keys_differ_only_by_case_because_the_resources_would_keep_one_of_them()
    {
        // Resource names are case-insensitive once compiled: "En retard" and "en retard" would be one entry, and the
        // other text would fall back to French in the English interface.
        var names = XDocument.Load(Path.Combine(Root, "src/Remiv.Web/Resources/SharedResource.en.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToList();

        names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g)).ShouldBeEmpty();
    }

    private static List<string> Found(string folder, Regex regex, params string[] patterns) =>
        [.. SourceFiles(folder, patterns)
            .SelectMany(file => regex.Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal)))
            .Where(text => text.Length > 0)
            .Distinct(StringComparer.Ordinal)];

    private static void AssertTranslated(List<string> keys)
    {
        keys.ShouldNotBeEmpty("the scan finds the texts it checks");
        var english = XDocument.Load(Path.Combine(Root, "src/Remiv.Web/Resources/SharedResource.en.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        keys.Where(key => !english.Contains(key)).ToList().ShouldBeEmpty();
    }

    private static IEnumerable<string> SourceFiles(string folder, string[] patterns) =>
        patterns.SelectMany(p => Directory.EnumerateFiles(Path.Combine(Root, folder), p, SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Remiv.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Run the tests from within the repository.");
    }

    private const string Literal = @"""((?:[^""\\]|\\.)*)""";

    [GeneratedRegex(@"\b(?:L|Localizer)\[" + Literal)]
    private static partial Regex LocalizerKey();

    [GeneratedRegex(@"(?:WithMessage\(|RequestValidationException\((?:""[^""]*""|[^;"",])*,\s*|Failure<\w+>\()" + Literal)]
    private static partial Regex ValidationMessage();

    [GeneratedRegex(@"(?:DomainRuleException\([^,]+,\s*|DomainText\.Required\([^,]+,[^,]+,[^,]+,\s*)" + Literal)]
    private static partial Regex DomainMessage();

    [GeneratedRegex(Literal)]
    private static partial Regex AnyLiteral();

    [GeneratedRegex(@"\] = " + Literal)]
    private static partial Regex LabelValue();

    [GeneratedRegex(@"ConcurrencyConflictException\(\[" + Literal)]
    private static partial Regex ConflictField();
}

using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Remiv.Web.Tests.Architecture;

/// <summary>
/// French text is the key of every interface string; the English interface must not fall back to French
/// silently. Every key written in the pages and every validation message of the use cases has an English entry.
/// </summary>
public sealed partial class TranslationTests
{
    private static readonly string Root = FindRoot();

    [Test]
    public void Every_french_text_of_the_pages_has_an_english_translation()
    {
        var missing = SourceFiles("src/Remiv.Web", "*.cshtml", "*.cs")
            .SelectMany(file => LocalizerKey().Matches(File.ReadAllText(file)).Select(m => Unescape(m.Groups[1].Value)))
            .Distinct(StringComparer.Ordinal)
            .Where(key => !English().Contains(key))
            .ToList();

        missing.ShouldBeEmpty();
    }

    [Test]
    public void Every_validation_message_of_the_use_cases_has_an_english_translation()
    {
        var messages = SourceFiles("src/Remiv.Application", "*.cs")
            .SelectMany(file => ValidationMessage().Matches(File.ReadAllText(file)).Select(m => Unescape(m.Groups[1].Value)))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        messages.ShouldNotBeEmpty();
        messages.Where(key => !English().Contains(key)).ToList().ShouldBeEmpty();
    }

    private static HashSet<string> English() =>
        XDocument.Load(Path.Combine(Root, "src/Remiv.Web/Resources/SharedResource.en.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> SourceFiles(string folder, params string[] patterns) =>
        patterns.SelectMany(p => Directory.EnumerateFiles(Path.Combine(Root, folder), p, SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string Unescape(string literal) => literal.Replace("\\\"", "\"", StringComparison.Ordinal);

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Remiv.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Run the tests from within the repository.");
    }

    [GeneratedRegex(@"\b(?:L|Localizer)\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LocalizerKey();

    [GeneratedRegex(@"(?:WithMessage\(|RequestValidationException\([^;""]*?,\s*\r?\n?\s*|Failure<\w+>\()""((?:[^""\\]|\\.)*)""")]
    private static partial Regex ValidationMessage();
}

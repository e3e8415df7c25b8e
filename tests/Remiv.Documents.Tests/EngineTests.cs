using Remiv.Application.Documents.Layout;
using Remiv.Infrastructure.Documents.Fonts;
using Remiv.Infrastructure.Documents.Text;
using SkiaSharp;

namespace Remiv.Documents.Tests;

/// <summary>The engine's parts on their own: font fallback and shaping, bidi order, font subsetting.</summary>
public class EngineTests
{
    private static readonly Lazy<FontLibrary> Fonts = new(() => new FontLibrary());

    [Test]
    public void The_layout_model_in_Application_does_not_know_Skia()
    {
        var references = typeof(Document).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();

        references.ShouldNotContain(r => r.StartsWith("SkiaSharp", StringComparison.Ordinal) || r.StartsWith("HarfBuzzSharp", StringComparison.Ordinal));
    }

    [TestCase("Éléonore Noël œ « »", "NotoSans-Regular")]
    [TestCase("Дмитрий Γιώργος", "NotoSans-Regular")]
    [TestCase("محمد أحمد", "NotoSansArabic-Regular")]
    [TestCase("احمد شاه ځ ښ ړ", "NotoSansArabic-Regular")] // Pashto letters
    [TestCase("فرشته پ چ ژ گ", "NotoSansArabic-Regular")] // Dari / Persian letters
    [TestCase("ሰላም ዮሐንስ ተስፋይ", "NotoSansEthiopic-Regular")] // Tigrinya and Amharic share Ge'ez script
    [TestCase("মোহাম্মদ রহমান", "NotoSansBengali-Regular")]
    [TestCase("मोहम्मद", "NotoSansDevanagari-Regular")]
    [TestCase("முகம்மது", "NotoSansTamil-Regular")]
    [TestCase("გიორგი", "NotoSansGeorgian-Regular")]
    public void Each_script_is_shaped_with_a_font_that_has_its_glyphs(string text, string face)
    {
        var paragraph = Paragraph.Shape([new StyledText(text, ResolvedStyle.From(TextStyle.Default))], Fonts.Value);

        paragraph.Runs.ShouldContain(r => r.Face.Name == face);
        paragraph.Runs.SelectMany(r => r.Glyphs).ShouldAllBe(g => g != 0); // no missing glyph (no "tofu")
    }

    [Test]
    public void Arabic_letters_are_joined_by_the_shaping()
    {
        var style = ResolvedStyle.From(TextStyle.Default);
        var joined = Paragraph.Shape([new StyledText("محمد", style)], Fonts.Value).Runs.Single().Glyphs;
        var isolated = "محمد".Select(c => Paragraph.Shape([new StyledText(c.ToString(), style)], Fonts.Value).Runs.Single().Glyphs.Single());

        // Joined forms (initial, medial, final) are other glyphs than the letters alone; right to left, so reversed.
        joined.Reverse().ShouldNotBe(isolated);
        joined.Length.ShouldBe(4);
    }

    [Test]
    public void Bold_Arabic_and_Ethiopic_use_their_bold_faces_and_scripts_without_one_stay_regular()
    {
        var bold = ResolvedStyle.From(TextStyle.Default with { Bold = true });

        Paragraph.Shape([new StyledText("محمد", bold)], Fonts.Value).Runs.Single().Face.Name.ShouldBe("NotoSansArabic-Bold");
        Paragraph.Shape([new StyledText("ሰላም", bold)], Fonts.Value).Runs.Single().Face.Name.ShouldBe("NotoSansEthiopic-Bold");
        Paragraph.Shape([new StyledText("গ", bold)], Fonts.Value).Runs.Single().Face.Name.ShouldBe("NotoSansBengali-Regular");
    }

    [Test]
    public void Spaces_between_Arabic_words_stay_in_the_Arabic_run()
    {
        var paragraph = Paragraph.Shape([new StyledText("Nom : محمد أحمد", ResolvedStyle.From(TextStyle.Default))], Fonts.Value);

        paragraph.Runs.Count.ShouldBe(2);
        paragraph.Runs[1].Face.Name.ShouldBe("NotoSansArabic-Regular");
        paragraph.Runs[1].Level.ShouldBe((byte)1);
    }

    [Test]
    public void Bidi_levels_of_Arabic_in_a_French_sentence_and_of_numbers_in_Arabic()
    {
        Bidi.Resolve("Nom : محمد أحمد.", out var frenchBase).ShouldBe([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0]);
        frenchBase.ShouldBe((byte)0);

        Bidi.Resolve("رقم 12", out var arabicBase).ShouldBe([1, 1, 1, 1, 2, 2]);
        arabicBase.ShouldBe((byte)1);

        // After an Arabic name, "(12 ans)" would join the right-to-left run; a left-to-right mark keeps it in French order.
        Bidi.Resolve("Nom : محمد (12 ans)", out _)[^8..].ShouldBe([1, 2, 2, 0, 0, 0, 0, 0]);
        Bidi.Resolve("Nom : محمد\u200E (12 ans)", out _)[^9..].ShouldBe([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    }

    [Test]
    public void Runs_are_displayed_right_to_left_inside_a_left_to_right_line()
    {
        // "A", then two right-to-left runs, then "B": the right-to-left runs swap places.
        Bidi.VisualOrder([0, 1, 1, 0]).ShouldBe([0, 2, 1, 3]);
        // A number inside right-to-left text keeps its own order but moves with its run.
        Bidi.VisualOrder([1, 2, 1]).ShouldBe([2, 1, 0]);
    }

    [Test]
    public void Lines_break_at_spaces_and_a_long_word_between_characters()
    {
        var style = ResolvedStyle.From(TextStyle.Default);
        var paragraph = Paragraph.Shape([new StyledText("un deux trois " + new string('x', 200), style)], Fonts.Value);

        var lines = paragraph.BreakLines(100);

        paragraph.Text[lines[0].Start..lines[0].End].ShouldBe("un deux trois");
        lines.Skip(1).ShouldAllBe(l => l.Width <= 100.01f);
        string.Concat(lines.Skip(1).Select(l => paragraph.Text[l.Start..l.End])).ShouldBe(new string('x', 200));
    }

    [Test]
    public void The_subset_font_keeps_the_used_glyphs_and_drops_the_others()
    {
        var face = Fonts.Value.Families[0].Regular;
        var used = new bool[face.GlyphCount];
        var hello = face.Typeface.GetGlyphs("Hello");
        foreach (var glyph in hello)
        {
            used[glyph] = true;
        }

        var subset = TrueTypeSubsetter.Subset(face.Data, used);
        using var typeface = SKTypeface.FromData(SKData.CreateCopy(subset));
        using var font = new SKFont(typeface, 10);

        subset.Length.ShouldBeLessThan(face.Data.Length / 5);
        typeface.GetGlyphs("Hello").ShouldBe(hello); // same glyph ids: text shaped with the whole font stays valid
        font.GetGlyphPath(hello[0]).IsEmpty.ShouldBeFalse();
        font.GetGlyphPath(face.Typeface.GetGlyphs("Z")[0]).IsEmpty.ShouldBeTrue();
    }
}

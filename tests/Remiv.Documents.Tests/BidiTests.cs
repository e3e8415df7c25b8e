using Remiv.Application.Documents.Layout;
using Remiv.Infrastructure.Documents.Fonts;
using Remiv.Infrastructure.Documents.Rendering;
using Remiv.Infrastructure.Documents.Text;
using UglyToad.PdfPig;

namespace Remiv.Documents.Tests;

/// <summary>
/// Numbers next to right-to-left text (UAX #9 rules W4–W7 and N1–N2): a date, a time or a decimal number keeps its
/// separators and stays one left-to-right run in the display order, as browsers show it.
/// </summary>
public class BidiTests
{
    private const string Name = "محمد";

    private static readonly Lazy<FontLibrary> Fonts = new(() => new FontLibrary());

    private static readonly string Eman = Reversed(Name); // the name's letters from left to right, as displayed

    [Test]
    public void A_date_after_an_Arabic_name_in_a_French_sentence_is_one_number()
    {
        var levels = Bidi.Resolve($"Rdv avec {Name} 12/03/2026", out var baseLevel);

        baseLevel.ShouldBe((byte)0);
        levels.ShouldBe([.. Repeat(0, "Rdv avec ".Length), .. Repeat(1, Name.Length + 1), .. Repeat(2, "12/03/2026".Length)]);
        Visual($"Rdv avec {Name} 12/03/2026").ShouldBe($"Rdv avec 12/03/2026 {Eman}");
    }

    [Test]
    public void A_time_in_an_Arabic_paragraph_keeps_its_order()
    {
        var levels = Bidi.Resolve($"{Name} 14:30", out var baseLevel);

        baseLevel.ShouldBe((byte)1);
        levels.ShouldBe([.. Repeat(1, Name.Length + 1), .. Repeat(2, "14:30".Length)]);
        Visual($"{Name} 14:30").ShouldBe($"14:30 {Eman}");
    }

    [Test]
    public void A_decimal_number_opening_an_Arabic_paragraph_keeps_its_order()
    {
        var levels = Bidi.Resolve($"3.5 {Name}", out var baseLevel);

        baseLevel.ShouldBe((byte)1);
        levels.ShouldBe([.. Repeat(2, "3.5".Length), .. Repeat(1, Name.Length + 1)]);
        Visual($"3.5 {Name}").ShouldBe($"{Eman} 3.5");
    }

    [Test]
    public void An_Arabic_paragraph_with_a_date_a_time_and_an_amount_keeps_every_number_in_order()
    {
        const string text = "موعد 12/03/2026 الساعة 14:30 والمبلغ 3.5";

        var visual = Visual(text);

        // Right to left: the last number is displayed leftmost; each number reads left to right.
        visual.ShouldStartWith("3.5 ");
        visual.ShouldContain(" 14:30 ");
        visual.ShouldEndWith(" 12/03/2026 " + Reversed("موعد"));
    }

    [TestCase("Rdv le 12/03/2026 à 14:30, note 3.5 sur 10 (50 %) : +33 6 12 34 56 78.")]
    [TestCase("Dossier n° 42-B, reçu le 1.2.2026 — 3/4 des pièces")]
    public void An_all_Latin_paragraph_is_left_to_right_and_unchanged(string text)
    {
        var levels = Bidi.Resolve(text, out var baseLevel);

        baseLevel.ShouldBe((byte)0);
        levels.ShouldAllBe(l => l == 0);
        Visual(text).ShouldBe(text);
    }

    [Test]
    public void Weak_types_join_separators_and_terminators_to_their_numbers()
    {
        // W4: one plus or minus between European numbers, in Hebrew (no Arabic letter before: the digits stay European).
        Bidi.Resolve("שלום 1+2", out _)[^3..].ShouldBe([2, 2, 2]);

        // W4: one common separator between Arabic-Indic digits.
        Bidi.Resolve("موعد ١٢/٠٣/٢٠٢٦", out _)[^10..].ShouldAllBe(l => l == 2);

        // W5: terminators next to a European number join it ("50%", "$5"), on either side.
        Bidi.Resolve("הנחה 50% מחיר $5 סוף", out _).ShouldBe([.. Repeat(1, 5), .. Repeat(2, 3), .. Repeat(1, 6), .. Repeat(2, 2), .. Repeat(1, 4)]);

        // W6: two separators in a row, or one at the end, are not part of the number.
        Bidi.Resolve("שלום 1//2", out _)[^4..].ShouldBe([2, 1, 1, 2]);
        Bidi.Resolve("שלום 12.", out _)[^3..].ShouldBe([2, 2, 1]);

        // W7: after a Latin letter a European number is left to right, even in a right-to-left paragraph.
        Bidi.Resolve("שלום abc 12/03 עולם", out _)[5..14].ShouldAllBe(l => l == 2);
    }

    [Test]
    public void Numbers_in_French_text_around_an_Arabic_name_stay_in_French_order()
    {
        // The number before the name follows the French text (W7); the neutral between the name and a French word takes
        // the paragraph's direction (N2).
        var text = $"Dossier 42 de {Name}, né le 12/03/2008";
        var levels = Bidi.Resolve(text, out _);

        levels.ShouldBe([.. Repeat(0, "Dossier 42 de ".Length), .. Repeat(1, Name.Length), .. Repeat(0, ", né le 12/03/2008".Length)]);
        Visual(text).ShouldBe($"Dossier 42 de {Eman}, né le 12/03/2008");
    }

    [Test]
    public void The_drawn_pdf_shows_the_date_after_an_Arabic_name_left_to_right()
    {
        var pdf = Pdf.Render(Pdf.Document(c => c.Column(col =>
        {
            col.Item().Text($"Rdv avec {Name} 12/03/2026");
            col.Item().Text($"{Name} 14:30");
            col.Item().Text($"3.5 {Name}");
        })));
        Pdf.Keep("bidi-numbers", pdf);

        using var document = PdfDocument.Open(pdf);
        var lines = document.GetPage(1).Letters
            .GroupBy(l => Math.Round(l.StartBaseLine.Y))
            .OrderByDescending(g => g.Key)
            .Select(g => string.Concat(g.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value)))
            .ToList();

        lines.Count.ShouldBe(3);
        lines[0].ShouldStartWith("Rdv avec 12/03/2026 ");
        lines[1].ShouldStartWith("14:30 ");
        lines[2].ShouldEndWith(" 3.5");
    }

    /// <summary>The paragraph's characters from left to right as the engine draws them (one line).</summary>
    private static string Visual(string text)
    {
        var paragraph = Paragraph.Shape([new StyledText(text, ResolvedStyle.From(TextStyle.Default))], Fonts.Value);
        var line = paragraph.BreakLines(10_000).ShouldHaveSingleItem();
        var ops = new List<DrawOp>();
        paragraph.EmitLine(line, 0, 0, 10_000, TextAlignment.Left, ops);
        return string.Concat(ops.Cast<GlyphRunOp>().OrderBy(op => op.X).SelectMany(op => op.Clusters.Select(c => op.Text[c])));
    }

    private static string Reversed(string text) => new([.. text.Reverse()]);

    private static IEnumerable<byte> Repeat(int level, int count) => Enumerable.Repeat((byte)level, count);
}

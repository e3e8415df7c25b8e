using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Remiv.Application.Documents.Layout;
using UglyToad.PdfPig;

namespace Remiv.Documents.Tests;

/// <summary>
/// Ensure-space around content that must split: the case summary wraps every section in <c>EnsureSpace(80)</c>, and a
/// section may hold a journal entry taller than a page. The element decides once per page, so the content flows over
/// the pages with every line exactly once instead of stopping with "La mise en page ne progresse plus".
/// </summary>
public partial class EnsureSpaceTests
{
    /// <summary>"Avant", then an ensure-space(80) section: the heading "Titre" and a table of one row holding <paramref name="lines"/>.</summary>
    private static DocumentSpec HeadingAndOneRow(IReadOnlyList<string> lines) => Pdf.Document(c => c.Column(col =>
    {
        col.Item().Text("Avant");
        col.Item().EnsureSpace(80).Column(section =>
        {
            section.Item().Text("Titre");
            section.Item().Table(t =>
            {
                t.ColumnsDefinition(k => k.ConstantColumn(60).RelativeColumn());
                t.Cell().Text("01/01/2026");
                t.Cell().Text(string.Join('\n', lines));
            });
        });
    }));

    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(10);

    [Test]
    public void A_table_row_taller_than_a_page_in_an_ensure_space_section_flows_over_the_pages()
    {
        var lines = Markers(90);
        var spec = HeadingAndOneRow(lines);

        var pages = RenderQuickly(spec);

        pages.Count.ShouldBeGreaterThanOrEqualTo(2);
        pages[0].ShouldStartWith("Avant");
        pages[0].ShouldContain("Titre");
        MarkersIn(pages).ShouldBe(lines);
    }

    /// <summary>
    /// A heading, then a row that fits on a page but not under the heading: on every page the section can only place
    /// its heading (less than the minimum), then must go on with the row on the next page.
    /// </summary>
    [TestCase(50)]
    [TestCase(51)]
    [TestCase(52)]
    [TestCase(53)]
    public void A_table_row_nearly_a_page_tall_under_an_ensure_space_heading_goes_on_the_next_page(int rowLines)
    {
        var lines = Markers(rowLines);
        var spec = HeadingAndOneRow(lines);

        var pages = RenderQuickly(spec);

        MarkersIn(pages).ShouldBe(lines);
        pages.Count(p => p.Contains("Titre", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Test]
    public void An_image_nearly_a_page_tall_under_an_ensure_space_heading_goes_on_the_next_page()
    {
        var spec = Pdf.Document(c => c.Column(col =>
        {
            col.Item().Text("Avant");
            col.Item().EnsureSpace(80).Column(section =>
            {
                section.Item().Text("Titre");
                section.Item().Image(Samples.Picture(100, 150)); // 482 × 723 pt: fits on a page (729 pt), not under a line
                section.Item().Text("Après");
            });
        }));

        var pdf = RenderQuickly(spec, out var pages);

        // The heading stays with the text above it; the image takes the next page alone, the text after it the third.
        pages.ShouldBe(["Avant Titre", "", "Après"]);
        using var document = PdfDocument.Open(pdf);
        document.GetPage(2).GetImages().Count().ShouldBe(1);
    }

    /// <summary>The case summary's shape: sections one below the other, a heading, a table with a header and padded cells.</summary>
    [TestCase(0)]
    [TestCase(5)]
    [TestCase(20)]
    [TestCase(40)]
    [TestCase(47)]
    [TestCase(48)]
    [TestCase(50)]
    public void A_4000_character_journal_entry_in_an_ensure_space_section_flows_over_the_pages(int linesBefore)
    {
        var (entry, markers) = Prose(4_000);
        var spec = Pdf.Document(c => c.PaddingVertical(8).Column(col =>
        {
            col.Spacing(14);
            col.Item().Text(string.Join('\n', Enumerable.Range(1, Math.Max(1, linesBefore)).Select(i => "avant " + i.ToString(CultureInfo.InvariantCulture))));
            col.Item().EnsureSpace(80).Column(section =>
            {
                section.Spacing(5);
                section.Item().BorderBottom(0.75f, Rgb.Grey).PaddingBottom(2).Text("Journal").Bold();
                section.Item().Table(t =>
                {
                    t.ColumnsDefinition(k => k.ConstantColumn(58).ConstantColumn(200).RelativeColumn());
                    t.Header(h =>
                    {
                        h.Cell().Background(Rgb.Grey).Padding(3).Text("Date");
                        h.Cell().Background(Rgb.Grey).Padding(3).Text("Auteur");
                        h.Cell().Background(Rgb.Grey).Padding(3).Text("Entrée");
                    });
                    t.Cell().BorderBottom(0.5f, Rgb.LightGrey).Padding(3).Text("01/01/2026");
                    t.Cell().BorderBottom(0.5f, Rgb.LightGrey).Padding(3).Text("Claire Martin");
                    t.Cell().BorderBottom(0.5f, Rgb.LightGrey).Padding(3).Text(entry);
                    t.Cell().BorderBottom(0.5f, Rgb.LightGrey).Padding(3).Text("02/01/2026");
                    t.Cell().BorderBottom(0.5f, Rgb.LightGrey).Padding(3).Text("Claire Martin");
                    t.Cell().BorderBottom(0.5f, Rgb.LightGrey).Padding(3).Text("Entrée suivante");
                });
            });
            col.Item().EnsureSpace(80).Text("Section suivante");
        }));

        var pages = RenderQuickly(spec);

        pages.Count.ShouldBeGreaterThanOrEqualTo(2);
        MarkersIn(pages).ShouldBe(markers);
        pages.Count(p => p.Contains("Entrée suivante", StringComparison.Ordinal)).ShouldBe(1);
        pages[^1].ShouldContain("Section suivante");
        // The heading moves on with the entry's first lines: no page left with the heading alone under it.
        pages.Single(p => p.Contains("Journal", StringComparison.Ordinal)).ShouldContain("m0001");
    }

    /// <summary>
    /// A paragraph of 60 lines and more in ensure-space, after other content: whatever room is left under that
    /// content (just over the minimum, less than one line more, a lot), the paragraph goes on over the pages.
    /// </summary>
    [Test]
    public void A_long_paragraph_in_ensure_space_after_other_content_keeps_every_line_once()
    {
        var (paragraph, markers) = Prose(6_000);
        for (var before = 30; before <= 52; before++)
        {
            var count = before;
            var spec = Pdf.Document(c => c.Column(col =>
            {
                for (var i = 1; i <= count; i++)
                {
                    col.Item().Text("Ligne " + i.ToString(CultureInfo.InvariantCulture));
                }

                col.Item().EnsureSpace(80).Column(section =>
                {
                    section.Item().Text("Titre");
                    section.Item().Text(paragraph);
                });
            }));

            var pages = RenderQuickly(spec);

            MarkersIn(pages).ShouldBe(markers, $"after {count} lines");
        }
    }

    [Test]
    public void A_4000_character_paragraph_in_ensure_space_in_a_table_cell_keeps_every_word_once()
    {
        var (paragraph, markers) = Prose(4_000);
        foreach (var before in new[] { 0, 10, 30, 45, 48, 50 })
        {
            var count = before;
            var spec = Pdf.Document(c => c.Column(col =>
            {
                for (var i = 1; i <= count; i++)
                {
                    col.Item().Text("Ligne " + i.ToString(CultureInfo.InvariantCulture));
                }

                col.Item().Table(t =>
                {
                    t.ColumnsDefinition(k => k.ConstantColumn(60).ConstantColumn(200).RelativeColumn());
                    t.Header(h =>
                    {
                        h.Cell().Text("Date");
                        h.Cell().Text("Auteur");
                        h.Cell().Text("Entrée");
                    });
                    t.Cell().Text("01/01/2026");
                    t.Cell().Text("Claire Martin");
                    t.Cell().EnsureSpace(80).Column(cell =>
                    {
                        cell.Item().Text("Objet : suivi");
                        cell.Item().EnsureSpace(80).Text(paragraph);
                    });
                    t.Cell().Text("02/01/2026");
                    t.Cell().Text("Claire Martin");
                    t.Cell().Text("Fin");
                });
            }));

            var pages = RenderQuickly(spec);

            pages.Count.ShouldBeGreaterThanOrEqualTo(2, $"after {count} lines");
            MarkersIn(pages).ShouldBe(markers, $"after {count} lines");
            pages.Count(p => p.Contains("Objet", StringComparison.Ordinal)).ShouldBe(1, $"after {count} lines");
            pages[^1].ShouldContain("Fin");
        }
    }

    /// <summary>Renders within <see cref="Quickly"/> (a layout that does not move on must not spin) and gives each page's words, joined by spaces.</summary>
    private static List<string> RenderQuickly(DocumentSpec spec)
    {
        RenderQuickly(spec, out var pages);
        return pages;
    }

    private static byte[] RenderQuickly(DocumentSpec spec, out List<string> pages)
    {
        var clock = Stopwatch.StartNew();
        var rendering = Task.Run(() => Pdf.Render(spec));
        Task.WaitAny([rendering], Quickly).ShouldBe(0, "the layout must finish quickly");
        clock.Elapsed.ShouldBeLessThan(Quickly);
        var pdf = rendering.GetAwaiter().GetResult();
        pages = [.. Pdf.PageWords(pdf).Select(words => string.Join(' ', words))];
        return pdf;
    }

    private static List<string> Markers(int count) => [.. Enumerable.Range(1, count).Select(i => "m" + i.ToString("0000", CultureInfo.InvariantCulture))];

    /// <summary>French journal prose of at least <paramref name="length"/> characters, a numbered marker word in every sentence.</summary>
    private static (string Text, List<string> Markers) Prose(int length)
    {
        var text = new StringBuilder();
        var markers = new List<string>();
        for (var i = 0; text.Length < length; i++)
        {
            var marker = "m" + (i + 1).ToString("0000", CultureInfo.InvariantCulture);
            markers.Add(marker);
            var sentence = Samples.Entry(i);
            var cut = sentence.IndexOf(' ', StringComparison.Ordinal);
            text.Append(sentence, 0, cut).Append(' ').Append(marker).Append(sentence, cut, sentence.Length - cut).Append(' ');
        }

        return (text.ToString().TrimEnd(), markers);
    }

    private static List<string> MarkersIn(List<string> pages) =>
        [.. pages.SelectMany(p => p.Split(' ')).Where(w => Marker().IsMatch(w))];

    [GeneratedRegex("^m[0-9]{4}$")]
    private static partial Regex Marker();
}

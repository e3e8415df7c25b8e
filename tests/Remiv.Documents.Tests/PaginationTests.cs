using System.Globalization;
using System.Text.RegularExpressions;
using Remiv.Application.Documents.Layout;
using UglyToad.PdfPig;

namespace Remiv.Documents.Tests;

/// <summary>How content flows over pages: tables, keep-together, ensure-space, page breaks.</summary>
public partial class PaginationTests
{
    [Test]
    public void A_300_row_table_breaks_over_pages_without_losing_or_repeating_a_row_and_repeats_its_header()
    {
        var spec = Pdf.Document(c => c.Table(t =>
        {
            t.ColumnsDefinition(k => k.ConstantColumn(70).ConstantColumn(70).RelativeColumn());
            t.Header(h =>
            {
                h.Cell().Background(Rgb.LightGrey).Padding(3).Text("Identifiant").Bold();
                h.Cell().Background(Rgb.LightGrey).Padding(3).Text("Date").Bold();
                h.Cell().Background(Rgb.LightGrey).Padding(3).Text("Entrée").Bold();
            });
            for (var i = 1; i <= 300; i++)
            {
                t.Cell().BorderBottom(0.5f, Rgb.LightGrey).Padding(3).Text(Samples.Id(i));
                t.Cell().BorderBottom(0.5f, Rgb.LightGrey).Padding(3).Text(new DateOnly(2025, 1, 1).AddDays(i).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
                t.Cell().BorderBottom(0.5f, Rgb.LightGrey).Padding(3).Text(Samples.Entry(i));
            }
        }));
        var pdf = Pdf.Render(spec);
        Pdf.Keep("table-300", pdf);

        var pages = Pdf.PageWords(pdf);
        pages.Count.ShouldBeGreaterThan(5);
        var ids = new List<string>();
        foreach (var words in pages)
        {
            words[0].ShouldBe("Identifiant"); // the header opens every page
            ids.AddRange(words.Where(w => RowId().IsMatch(w)));
        }

        ids.ShouldBe([.. Enumerable.Range(1, 300).Select(Samples.Id)]);
    }

    [Test]
    public void A_table_row_is_never_split_between_pages()
    {
        var spec = Pdf.Document(c => c.Table(t =>
        {
            t.ColumnsDefinition(k => k.ConstantColumn(50).RelativeColumn());
            for (var i = 1; i <= 120; i++)
            {
                t.Cell().Text(Samples.Id(i));
                t.Cell().Text(string.Join('\n', Enumerable.Range(1, 1 + (i % 5)).Select(k => $"{Samples.Id(i)}-{k}")));
            }
        }));
        var pages = Pdf.PageWords(Pdf.Render(spec));

        pages.Count.ShouldBeGreaterThan(1);
        foreach (var words in pages)
        {
            // Each row's lines "R012-1".."R012-n" are on the page of its id "R012".
            var rows = words.Where(w => RowId().IsMatch(w)).ToHashSet();
            var lines = words.Where(w => w.Contains('-', StringComparison.Ordinal)).ToList();
            lines.Where(w => !rows.Contains(w.Substring(0, 4))).ShouldBeEmpty();
        }
    }

    [Test]
    public void A_table_row_taller_than_a_page_is_split_and_continues_below_the_repeated_header()
    {
        var lines = Enumerable.Range(1, 150).Select(k => "L" + k.ToString("000", CultureInfo.InvariantCulture)).ToList();
        var spec = Pdf.Document(c => c.Table(t =>
        {
            t.ColumnsDefinition(k => k.ConstantColumn(60).RelativeColumn());
            t.Header(h =>
            {
                h.Cell().Text("Quand");
                h.Cell().Text("Quoi");
            });
            t.Cell().Text("avant");
            t.Cell().Text("court");
            t.Cell().Text("long");
            t.Cell().Text(string.Join('\n', lines));
            t.Cell().Text("après");
            t.Cell().Text("fin");
        }));
        var pages = Pdf.PageWords(Pdf.Render(spec));

        pages.Count.ShouldBeGreaterThanOrEqualTo(3);
        pages.ShouldAllBe(words => words[0] == "Quand");
        pages.SelectMany(w => w).Where(w => w.StartsWith('L') && w.Length == 4).ToList().ShouldBe(lines);
        pages[^1].ShouldContain("après");
    }

    [Test]
    public void Keep_together_moves_a_block_that_does_not_fit_to_the_next_page()
    {
        static DocumentSpec Build(bool keep) => Pdf.Document(c => c.Column(col =>
        {
            for (var i = 1; i <= 45; i++)
            {
                col.Item().Text(string.Create(CultureInfo.InvariantCulture, $"Ligne {i}"));
            }

            var block = keep ? col.Item().KeepTogether() : col.Item();
            block.Column(b =>
            {
                for (var i = 1; i <= 15; i++)
                {
                    b.Item().Text(string.Create(CultureInfo.InvariantCulture, $"Bloc {i}"));
                }
            });
        }));

        var loose = Pdf.PageTexts(Pdf.Render(Build(keep: false)));
        loose[0].ShouldContain("Bloc 1"); // without keep-together the block starts at the bottom of page 1

        var kept = Pdf.PageTexts(Pdf.Render(Build(keep: true)));
        kept.Count.ShouldBe(2);
        kept[0].ShouldContain("Ligne 45");
        kept[0].ShouldNotContain("Bloc");
        kept[1].ShouldStartWith("Bloc 1Bloc 2");
        kept[1].ShouldEndWith("Bloc 15");
    }

    [Test]
    public void Ensure_space_moves_a_heading_with_too_little_room_under_it_to_the_next_page()
    {
        static DocumentSpec Build(float minHeight) => Pdf.Document(c => c.Column(col =>
        {
            for (var i = 1; i <= 50; i++)
            {
                col.Item().Text(string.Create(CultureInfo.InvariantCulture, $"Ligne {i}"));
            }

            col.Item().EnsureSpace(minHeight).Column(section =>
            {
                section.Item().Text("Titre de section").Bold();
                for (var i = 1; i <= 10; i++)
                {
                    section.Item().Text(string.Create(CultureInfo.InvariantCulture, $"Paragraphe {i}"));
                }
            });
        }));

        Pdf.PageTexts(Pdf.Render(Build(0)))[0].ShouldContain("Titre de section");
        var pages = Pdf.PageTexts(Pdf.Render(Build(120)));
        pages[0].ShouldNotContain("Titre de section");
        pages[1].ShouldStartWith("Titre de section");
    }

    [Test]
    public void A_page_break_starts_a_new_page()
    {
        var pages = Pdf.PageTexts(Pdf.Render(Pdf.Document(c => c.Column(col =>
        {
            col.Item().Text("Avant");
            col.Item().PageBreak();
            col.Item().Text("Après");
        }))));

        pages.ShouldBe(["Avant", "Après"]);
    }

    [Test]
    public void A_long_paragraph_splits_line_by_line_and_keeps_every_word_once()
    {
        var words = Enumerable.Range(1, 2_000).Select(i => "mot" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        var pdf = Pdf.Render(Pdf.Document(c => c.Text(string.Join(' ', words))));

        var pages = Pdf.PageWords(pdf);
        pages.Count.ShouldBeGreaterThan(1);
        pages.SelectMany(w => w).ToList().ShouldBe(words);
    }

    [Test]
    public void Rows_place_constant_and_relative_items_side_by_side()
    {
        var pdf = Pdf.Render(Pdf.Document(c => c.Row(r =>
        {
            r.Spacing(10);
            r.ConstantItem(100).Text("Gauche");
            r.RelativeItem(1).Text("Milieu");
            r.RelativeItem(3).AlignRight().Text("Droite");
        })));

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var left = Units.Cm(2);
        var right = (float)page.Width - Units.Cm(2);
        var relative = (right - left - 100 - 20) / 4;
        var start = page.GetWords().ToDictionary(w => w.Text, w => w.BoundingBox);
        start["Gauche"].Left.ShouldBe(left, 0.5);
        start["Milieu"].Left.ShouldBe(left + 110, 0.5);
        start["Droite"].Right.ShouldBe(right, 1.0);
        start["Droite"].Left.ShouldBeGreaterThan(left + 120 + relative);
    }

    [Test]
    public void A_right_to_left_paragraph_is_aligned_on_the_right()
    {
        var pdf = Pdf.Render(Pdf.Document(c => c.Text("نص عربي")));

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        page.Letters.Max(l => l.BoundingBox.Right).ShouldBe(page.Width - Units.Cm(2), 1.0);
    }

    [Test]
    public void Header_and_footer_repeat_on_every_page_of_flowing_content()
    {
        var spec = Pdf.Document(
            c => c.Column(col =>
            {
                for (var i = 1; i <= 150; i++)
                {
                    col.Item().Text(Samples.Entry(i));
                }
            }),
            p =>
            {
                p.Header().Text("EN-TÊTE");
                p.Footer().Text("PIED");
            });
        var pages = Pdf.PageWords(Pdf.Render(spec));

        pages.Count.ShouldBeGreaterThan(3);
        pages.Select(w => w[0]).ShouldAllBe(w => w == "EN-TÊTE");
        pages.Select(w => w.Last()).ShouldAllBe(w => w == "PIED");
    }

    [Test]
    public void A_right_aligned_page_number_stays_flush_right_once_the_numbers_are_known()
    {
        var spec = Pdf.Document(
            c => c.Text("Contenu"),
            p => p.Footer().AlignRight().Text(t =>
            {
                t.Span("Page ");
                t.CurrentPageNumber();
                t.Span(" / ");
                t.TotalPages();
            }));

        using var document = PdfDocument.Open(Pdf.Render(spec));
        var page = document.GetPage(1);
        var footer = page.GetWords().Last();
        footer.Text.ShouldBe("1");
        footer.BoundingBox.Right.ShouldBe(page.Width - Units.Cm(2), 1.0);
    }

    [Test]
    public void Typed_line_breaks_tabs_and_control_characters_are_drawn_sensibly()
    {
        var pdf = Pdf.Render(Pdf.Document(c => c.Text("Ligne 1\r\nLigne 2\tfin\u0007\rLigne 3")));

        using var document = PdfDocument.Open(pdf);
        var letters = document.GetPage(1).Letters;
        string.Concat(letters.Select(l => l.Value)).ShouldBe("Ligne 1Ligne 2 fin\uFFFDLigne 3");
        letters.Select(l => Math.Round(l.StartBaseLine.Y)).Distinct().Count().ShouldBe(3);
    }

    [GeneratedRegex("^R[0-9]{3}$")]
    private static partial Regex RowId();
}

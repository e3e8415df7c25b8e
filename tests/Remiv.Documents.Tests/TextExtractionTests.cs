using System.Globalization;
using System.Text;
using Remiv.Application.Documents.Layout;
using UglyToad.PdfPig;

namespace Remiv.Documents.Tests;

/// <summary>What a reader gets back from the text of a generated PDF (PdfPig reads the fonts' ToUnicode maps).</summary>
public class TextExtractionTests
{
    private static readonly string[] Parts = ["Première", "Seconde"];

    [Test]
    public void French_accents_guillemets_and_ligature_letters_come_out_as_written()
    {
        const string sentence = "Éléonore a reçu à Noël « œuvre complète » : déjà vu, où, naïf, cœur, confidentiel, ÇA.";
        var pdf = Pdf.Render(Pdf.Document(c => c.Text(sentence)));
        Pdf.Keep("accents", pdf);

        // Ligatures are off, so "fi" of "confidentiel" is two letters, not U+FB01.
        Pdf.PageTexts(pdf)[0].ShouldBe(sentence);
    }

    [Test]
    public void Bold_and_italic_spans_keep_their_text()
    {
        var pdf = Pdf.Render(Pdf.Document(c => c.Text(t =>
        {
            t.Span("Né le ");
            t.Span("12 mars 2009").Bold();
            t.Span(", arrivé en ");
            t.Span("décembre").Italic();
            t.Span(" — référente : ");
            t.Span("Hélène").Bold().Italic();
        })));

        Pdf.PageTexts(pdf)[0].ShouldBe("Né le 12 mars 2009, arrivé en décembre — référente : Hélène");
    }

    [Test]
    public void A_name_in_Arabic_script_is_joined_and_its_letters_are_mapped_to_Unicode()
    {
        var pdf = Pdf.Render(Pdf.Document(c => c.Column(col =>
        {
            col.Item().Text("Nom : محمد");
            col.Item().Text("احمد شاه");
        })));
        Pdf.Keep("arabic", pdf);

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var arabic = page.Letters.Where(l => l.Value.Length > 0 && l.Value[0] >= 0x0600).ToList();

        // Every glyph drawn for the Arabic words maps back to a character (ToUnicode works: no empty or U+0000 letter).
        arabic.Count.ShouldBe(4 + 7);
        page.Letters.ShouldAllBe(l => l.Value.Length > 0 && l.Value[0] != '\0');

        // PdfPig gives the glyphs as drawn: in visual order (right to left, so reversed) and as the joined
        // presentation forms the shaping chose (U+FExx: initial, medial, final). NFKC folds these back to the letters,
        // and reversing restores the reading order. (Readers that honour /ActualText, which the engine writes for these
        // glyphs — poppler's pdftotext, Acrobat — give "محمد" directly.)
        var words = page.GetWords().Select(w => w.Text).ToList();
        var restored = words.Select(w => new string(w.Normalize(NormalizationForm.FormKC).Reverse().ToArray())).ToList();
        restored.ShouldContain("محمد");
        restored.ShouldContain("احمد");
        restored.ShouldContain("شاه");

        // The shaping joined the letters: the first letter of محمد is drawn in its initial form (U+FEE3), not isolated.
        words.ShouldContain(w => w.Contains('\uFEE3', StringComparison.Ordinal));
    }

    [Test]
    public void Names_in_Geez_script_come_out_as_written()
    {
        var pdf = Pdf.Render(Pdf.Document(c => c.Column(col =>
        {
            col.Item().Text("ሰላም");
            col.Item().Text("ዮሐንስ ተስፋይ").Bold();
        })));
        Pdf.Keep("geez", pdf);

        var words = Pdf.PageWords(pdf)[0];
        words.ShouldBe(["ሰላም", "ዮሐንስ", "ተስፋይ"]);
    }

    [Test]
    public void Cyrillic_Greek_and_Georgian_names_come_out_as_written()
    {
        var pdf = Pdf.Render(Pdf.Document(c => c.Text("Дмитрий Γιώργος გიორგი")));

        Pdf.PageWords(pdf)[0].ShouldBe(["Дмитрий", "Γιώργος", "გიორგი"]);
    }

    [Test]
    public void Bengali_Devanagari_and_Tamil_are_drawn_with_their_own_fonts()
    {
        var pdf = Pdf.Render(Pdf.Document(c => c.Text("রহমান मोहम्मद முகம்மது")));
        Pdf.Keep("indic", pdf);

        using var document = PdfDocument.Open(pdf);
        var fonts = document.GetPage(1).Letters.Select(l => l.FontName ?? string.Empty).Distinct().ToList();
        fonts.ShouldContain(f => f.Contains("NotoSansBengali", StringComparison.Ordinal));
        fonts.ShouldContain(f => f.Contains("NotoSansDevanagari", StringComparison.Ordinal));
        fonts.ShouldContain(f => f.Contains("NotoSansTamil", StringComparison.Ordinal));

        // Simple syllables map one to one (conjuncts and reordered vowel signs are carried by /ActualText instead).
        Pdf.PageWords(pdf)[0][0].ShouldBe("রহমান");
    }

    [Test]
    public void Metadata_title_author_subject_and_the_given_creation_date_are_readable()
    {
        var created = new DateTimeOffset(2026, 1, 31, 17, 45, 12, TimeSpan.Zero);
        var spec = Document.Create(d =>
        {
            d.Metadata("Synthèse de situation — Mamadou DIALLO", created, author: "Claire Martin", subject: "Synthèse", keywords: "remiv");
            d.Page(p => p.Content().Text("Contenu"));
        });
        var pdf = Pdf.Render(spec);

        using var document = PdfDocument.Open(pdf);
        var information = document.Information;
        information.Title.ShouldBe("Synthèse de situation — Mamadou DIALLO");
        information.Author.ShouldBe("Claire Martin");
        information.Subject.ShouldBe("Synthèse");
        information.Keywords.ShouldBe("remiv");
        information.GetCreatedDateTimeOffset().ShouldBe(created);
        information.GetModifiedDateTimeOffset().ShouldBe(created);
    }

    [Test]
    public void The_creation_date_is_required_so_that_it_comes_from_the_injected_clock()
    {
        var error = Should.Throw<InvalidOperationException>(() => Document.Create(d => d.Page(p => p.Content().Text("x"))));
        error.Message.ShouldContain("date de création");
    }

    [Test]
    public void The_PDF_A_flag_adds_XMP_metadata()
    {
        var withFlag = Pdf.Render(Pdf.Document(c => c.Text("x")));
        var without = Pdf.Render(Document.Create(d =>
        {
            d.Metadata("Test", Pdf.CreatedAt, pdfA: false);
            d.Page(p => p.Content().Text("x"));
        }));

        Encoding.Latin1.GetString(withFlag).ShouldContain("/Metadata");
        Encoding.Latin1.GetString(without).ShouldNotContain("/Metadata");
    }

    [Test]
    public void Page_numbers_in_footers_say_page_X_of_Y_on_every_page()
    {
        var spec = Document.Create(d =>
        {
            d.Metadata("Pages", Pdf.CreatedAt);
            d.Page(p =>
            {
                p.Content().Column(c =>
                {
                    for (var i = 1; i <= 4; i++)
                    {
                        c.Item().Text(string.Create(CultureInfo.InvariantCulture, $"Section {i}"));
                        if (i < 4)
                        {
                            c.Item().PageBreak();
                        }
                    }
                });
                p.Footer().AlignRight().Text(t =>
                {
                    t.Span("Page ");
                    t.CurrentPageNumber();
                    t.Span(" / ");
                    t.TotalPages();
                });
            });
        });
        var pages = Pdf.PageTexts(Pdf.Render(spec));

        pages.Count.ShouldBe(4);
        for (var i = 0; i < 4; i++)
        {
            pages[i].ShouldBe(string.Create(CultureInfo.InvariantCulture, $"Section {i + 1}Page {i + 1} / 4"));
        }
    }

    [Test]
    public void Page_numbers_run_on_through_page_sets()
    {
        var spec = Document.Create(d =>
        {
            d.Metadata("Deux parties", Pdf.CreatedAt);
            foreach (var part in Parts)
            {
                d.Page(p =>
                {
                    p.Content().Text(part);
                    p.Footer().Text(t =>
                    {
                        t.CurrentPageNumber();
                        t.Span("/");
                        t.TotalPages();
                    });
                });
            }
        });

        Pdf.PageTexts(Pdf.Render(spec)).ShouldBe(["Première1/2", "Seconde2/2"]);
    }
}

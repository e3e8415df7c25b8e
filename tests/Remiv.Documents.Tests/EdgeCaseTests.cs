using System.Diagnostics;
using System.Globalization;
using Remiv.Application.Documents.Layout;
using SkiaSharp;
using UglyToad.PdfPig;

namespace Remiv.Documents.Tests;

/// <summary>Layouts that cannot work end quickly with a clear French message; degenerate ones give a valid document.</summary>
public class EdgeCaseTests
{
    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(20);

    [Test]
    public void An_image_taller_than_a_page_is_refused_with_a_clear_message_not_a_hang()
    {
        var spec = Pdf.Document(c => c.Column(col =>
        {
            col.Item().Text("Pièce jointe :");
            col.Item().Image(Samples.Picture(100, 2_000));
        }));

        var error = RenderExpectingFailure(spec);

        error.Message.ShouldStartWith("Un élément est plus haut qu'une page : une image de");
        error.Message.ShouldContain("page 2"); // the text went on page 1, the image cannot start on page 2 either
    }

    [Test]
    public void Keep_together_larger_than_a_page_is_refused_with_a_clear_message()
    {
        var spec = Pdf.Document(c => c.KeepTogether().Column(col =>
        {
            for (var i = 0; i < 200; i++)
            {
                col.Item().Text(Samples.Entry(i));
            }
        }));

        var error = RenderExpectingFailure(spec);

        error.Message.ShouldStartWith("Un élément est plus haut qu'une page : un bloc « KeepTogether »");
        error.Message.ShouldContain("retirez KeepTogether");
    }

    [Test]
    public void An_endless_document_stops_at_the_page_limit()
    {
        var spec = Document.Create(d =>
        {
            d.Metadata("Sans fin", Pdf.CreatedAt).MaxPages(50);
            d.Page(p => p.Content().Column(col =>
            {
                for (var i = 0; i < 1_000; i++)
                {
                    col.Item().Text(i.ToString(CultureInfo.InvariantCulture));
                    col.Item().PageBreak();
                }
            }));
        });

        RenderExpectingFailure(spec).Message.ShouldStartWith("Le document dépasse 50 pages");
    }

    [Test]
    public void Header_and_footer_that_fill_the_page_are_refused()
    {
        var spec = Pdf.Document(
            c => c.Text("contenu"),
            p => p.Header().Column(col =>
            {
                for (var i = 0; i < 80; i++)
                {
                    col.Item().Text("en-tête");
                }
            }));

        RenderExpectingFailure(spec).Message.ShouldContain("L'en-tête et le pied de page ne laissent pas de place au contenu");
    }

    [Test]
    public void An_image_that_is_not_PNG_or_JPEG_is_refused()
    {
        var spec = Pdf.Document(c => c.Image("GIF89a not really"u8.ToArray()));

        RenderExpectingFailure(spec).Message.ShouldContain("ni un PNG ni un JPEG");
    }

    [Test]
    public void A_document_without_pages_or_content_is_still_a_valid_pdf()
    {
        var empty = Pdf.Render(Document.Create(d => d.Metadata("Vide", Pdf.CreatedAt)));
        var blank = Pdf.Render(Document.Create(d =>
        {
            d.Metadata("Sections vides", Pdf.CreatedAt);
            d.Page(p =>
            {
                p.Header().Text(string.Empty);
                p.Content().Column(col =>
                {
                    col.Item().Column(_ => { });
                    col.Item().Row(_ => { });
                    col.Item().Text(string.Empty);
                    col.Item().Table(t =>
                    {
                        t.ColumnsDefinition(k => k.RelativeColumn());
                        t.Header(h => h.Cell().Text("Aucune entrée sur la période"));
                    });
                    col.Item().Padding(10).Border(1).Background(Rgb.LightGrey);
                    col.Item();
                });
            });
        }));
        Pdf.Keep("empty-sections", blank);

        Pdf.PageTexts(empty).ShouldBe([string.Empty]);
        Pdf.PageTexts(blank).ShouldBe(["Aucune entrée sur la période"]);
    }

    [Test]
    public void A_500_character_word_is_broken_over_several_lines_inside_the_margins()
    {
        var word = string.Concat(Enumerable.Repeat("abcdefghij", 50));
        var pdf = Pdf.Render(Pdf.Document(c => c.Column(col =>
        {
            col.Item().Text(word);
            col.Item().Text("suite");
        })));

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var letters = page.Letters.ToList();
        string.Concat(letters.Select(l => l.Value)).ShouldBe(word + "suite");
        letters.Select(l => Math.Round(l.StartBaseLine.Y)).Distinct().Count().ShouldBeGreaterThanOrEqualTo(3 + 1);
        letters.ShouldAllBe(l => l.BoundingBox.Right <= page.Width - Units.Cm(2) + 0.5);
    }

    [Test]
    public void Images_are_drawn_at_the_width_asked_keeping_their_proportions()
    {
        var pdf = Pdf.Render(Pdf.Document(c => c.Column(col =>
        {
            col.Item().Image(Samples.Picture(40, 20)).Width(120);
            col.Item().Image(Samples.Picture(300, 150, SKEncodedImageFormat.Jpeg)).Height(50);
            col.Item().Image(Samples.Picture(300, 100));
        })));
        Pdf.Keep("images", pdf);

        using var document = PdfDocument.Open(pdf);
        var images = document.GetPage(1).GetImages().ToList();
        images.Count.ShouldBe(3);
        images[0].BoundingBox.Width.ShouldBe(120, 0.5);
        images[0].BoundingBox.Height.ShouldBe(60, 0.5);
        images[1].BoundingBox.Width.ShouldBe(100, 0.5);
        images[1].BoundingBox.Height.ShouldBe(50, 0.5);
        images[2].BoundingBox.Width.ShouldBe(document.GetPage(1).Width - (2 * Units.Cm(2)), 0.5);
    }

    [Test]
    public void Documents_render_in_parallel_with_the_shared_fonts()
    {
        var results = new byte[8][];
        Parallel.For(0, results.Length, i => results[i] = Pdf.Renderer.Render(Pdf.Document(c => c.Column(col =>
        {
            col.Item().Text($"Document {i} : محمد ሰላም Éléonore");
            for (var k = 0; k < 40; k++)
            {
                col.Item().Text(Samples.Entry(i + k));
            }
        }))));

        for (var i = 0; i < results.Length; i++)
        {
            Pdf.Check(results[i]);
            Pdf.PageWords(results[i])[0].ShouldContain("Éléonore");
        }
    }

    [Test]
    public void A_one_page_document_stays_small()
    {
        var pdf = Pdf.Render(Pdf.Document(c => c.Column(col =>
        {
            col.Item().Text("Synthèse de situation").FontSize(16).Bold();
            for (var i = 0; i < 12; i++)
            {
                col.Item().Text(Samples.Entry(i));
            }
        })));

        pdf.Length.ShouldBeLessThan(40_000); // the fonts are cut down to the glyphs used
    }

    [Test]
    public void A_case_summary_of_200_entries_is_under_150_KB()
    {
        var spec = Pdf.Document(
            c => c.Column(col =>
            {
                col.Spacing(8);
                col.Item().Text("Mamadou DIALLO   محمد ዮሐንስ").FontSize(16).Bold();
                col.Item().Table(t =>
                {
                    t.ColumnsDefinition(k => k.ConstantColumn(58).ConstantColumn(80).RelativeColumn());
                    t.Header(h =>
                    {
                        h.Cell().Background(Rgb.DarkGrey).Padding(3).Text("Date").Bold().FontColor(Rgb.White);
                        h.Cell().Background(Rgb.DarkGrey).Padding(3).Text("Suivi").Bold().FontColor(Rgb.White);
                        h.Cell().Background(Rgb.DarkGrey).Padding(3).Text("Entrée").Bold().FontColor(Rgb.White);
                    });
                    for (var i = 0; i < 200; i++)
                    {
                        t.Cell().BorderBottom(0.5f, Rgb.LightGrey).Padding(3).Text(new DateOnly(2025, 1, 1).AddDays(i * 2).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
                        t.Cell().BorderBottom(0.5f, Rgb.LightGrey).Padding(3).Text(i % 3 == 0 ? "Juridique" : "Social");
                        t.Cell().BorderBottom(0.5f, Rgb.LightGrey).Padding(3).Text(t =>
                        {
                            t.Span(Samples.Entry(i));
                            t.Span(" — Claire Martin").Italic();
                        });
                    }
                });
            }),
            p =>
            {
                p.DefaultTextStyle(new TextStyle { Size = 9.5f });
                p.Footer().Text(t =>
                {
                    t.Span("Confidentiel — page ");
                    t.CurrentPageNumber();
                    t.Span(" / ");
                    t.TotalPages();
                });
            });
        var pdf = Pdf.Render(spec);
        Pdf.Keep("case-summary-200", pdf);

        pdf.Length.ShouldBeLessThan(150 * 1024);
    }

    [Test]
    public void Lengths_and_sizes_must_be_finite_numbers()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Pdf.Document(c => c.Padding(float.NaN).Text("x")));
        Should.Throw<ArgumentOutOfRangeException>(() => Pdf.Document(c => c.Column(col => col.Spacing(float.PositiveInfinity))));
        Should.Throw<ArgumentOutOfRangeException>(() => Pdf.Document(c => c.Text("x").FontSize(0)));
        Should.Throw<ArgumentOutOfRangeException>(() => new TextStyle { Size = -2 });
        Should.Throw<ArgumentOutOfRangeException>(() => Pdf.Document(c => c.Row(r => r.ConstantItem(-5))));
    }

    private static DocumentLayoutException RenderExpectingFailure(DocumentSpec spec)
    {
        var clock = Stopwatch.StartNew();
        var rendering = Task.Run(() => Pdf.Renderer.Render(spec));
        Task.WaitAny([rendering], Quickly).ShouldBe(0, "the renderer must give up, not loop");
        clock.Elapsed.ShouldBeLessThan(Quickly);
        rendering.IsFaulted.ShouldBeTrue();
        return rendering.Exception!.InnerException.ShouldBeOfType<DocumentLayoutException>();
    }
}

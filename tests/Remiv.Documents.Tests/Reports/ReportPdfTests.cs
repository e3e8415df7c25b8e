using Remiv.Application.Reports;
using Remiv.Application.Reports.Exports;
using Remiv.Domain.Reports;
using UglyToad.PdfPig;

namespace Remiv.Documents.Tests.Reports;

public sealed class ReportPdfTests
{
    [Test]
    public void The_pdf_has_the_title_period_rule_tables_and_the_aggregate_footer()
    {
        var file = SampleReports.Files.Render(SampleReports.Report(), ReportFormat.Pdf);
        Pdf.Check(file.Content);
        Pdf.Keep("report-activity", file.Content);

        file.FileName.ShouldBe("rapport-activite-2026-01-01-2026-12-31-full.pdf");
        var words = string.Join(' ', Pdf.PageWords(file.Content)[0]);
        words.ShouldContain("Rapport d'activité du REMIV");
        words.ShouldContain("du 01/01/2026 au 31/12/2026");
        words.ShouldContain("Modèle : Rapport complet");
        words.ShouldContain("remplacé par « < 5 »");
        words.ShouldContain("Nationalités");
        words.ShouldContain("Côte d'Ivoire");
        words.ShouldContain("Document agrégé — aucune donnée nominative");
        words.ShouldContain("page 1 / 1");
    }

    [Test]
    public void Hidden_counts_are_written_less_than_5_never_as_a_number()
    {
        var text = string.Concat(Pdf.PageTexts(SampleReports.Files.Render(SampleReports.Report(), ReportFormat.Pdf).Content));

        // The table's cell, and the chart's label where the bar is not drawn.
        CountOf(text, "Érythrée").ShouldBe(2, "the table's row and the chart's category");
        CountOf(text, "< 5").ShouldBeGreaterThanOrEqualTo(1 + 1 + 1 + 1, "rule, table cell, chart label, the sessions' hidden absences");
    }

    [Test]
    public void The_chart_is_vector_drawing_with_its_labels_as_text_not_an_image()
    {
        var bytes = SampleReports.Files.Render(SampleReports.Report(), ReportFormat.Pdf).Content;
        using var document = PdfDocument.Open(bytes);
        var page = document.GetPage(1);

        page.GetImages().ShouldBeEmpty();
        var words = page.GetWords().Select(w => w.Text).ToList();
        // The bar labels as the table shows them ("1 234" with a narrow space), drawn by the chart.
        string.Concat(page.Letters.Select(l => l.Value)).ShouldContain("1\u202F234");
        words.ShouldContain("Guinée");
        words.Count(w => w == "Guinée").ShouldBe(2, "the table's row and the chart's axis label");
        page.Paths.Count.ShouldBeGreaterThan(3, "bars are vector paths");
    }

    [Test]
    public void A_long_table_runs_over_pages_with_its_header_repeated_and_numbered_pages()
    {
        var bytes = SampleReports.Files.Render(SampleReports.Report(extraRows: 90), ReportFormat.Pdf).Content;
        Pdf.Check(bytes);
        Pdf.Keep("report-activity-long", bytes);

        var pages = Pdf.PageTexts(bytes);
        pages.Count.ShouldBeGreaterThan(2);
        pages.ShouldAllBe(p => p.Contains("Document agrégé — aucune donnée nominative"));
        pages[^1].ShouldContain($"page {pages.Count} / {pages.Count}");
        pages.Count(p => p.Contains("LangueNombre")).ShouldBeGreaterThan(1, "the header row repeats on each page the table spans");
    }

    [Test]
    public void The_metadata_title_is_the_report_and_its_period_only()
    {
        using var document = PdfDocument.Open(SampleReports.Files.Render(SampleReports.Report(), ReportFormat.Pdf).Content);

        document.Information.Title.ShouldBe("Rapport d'activité du REMIV — du 01/01/2026 au 31/12/2026");
    }

    [Test]
    public void The_svg_of_a_chart_names_each_category_and_labels_hidden_counts()
    {
        var svg = SampleReports.Charts.Svg(SampleReports.Nationalities);

        // Ready to put inline in a page: no XML declaration, scales to its container, named for screen readers.
        svg.ShouldStartWith("<svg");
        svg.ShouldContain("viewBox=\"0 0 640 ");
        svg.ShouldContain("role=\"img\" aria-label=\"Nationalités\"");
        svg.ShouldNotContain("<script");
        svg.ShouldNotContain("<style");
        svg.Split("Guinée").Length.ShouldBe(2, "drawn once");
        svg.ShouldContain("Érythrée");
        svg.ShouldContain("&lt; 5");
        svg.ShouldContain("Noto Sans");
    }

    [Test]
    public void A_hidden_count_has_no_bar_and_a_total_row_is_not_charted()
    {
        var table = SampleReports.Nationalities with
        {
            Rows = [.. SampleReports.Nationalities.Rows, new Remiv.Application.Reports.ReportRow("Total", [new ReportValue(1257)]) { IsTotal = true }],
        };

        var svg = SampleReports.Charts.Svg(table);

        // Four rows, one hidden, and the total: three bars.
        CountOf(svg, "<rect fill=\"#1F4E79\"").ShouldBe(3);
        svg.ShouldNotContain("Total");
        svg.ShouldNotContain("1\u202F257");
        svg.ShouldContain("1\u202F234");
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

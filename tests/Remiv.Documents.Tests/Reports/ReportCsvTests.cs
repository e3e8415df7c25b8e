using System.Text;
using Remiv.Application.Reports;
using Remiv.Application.Reports.Exports;
using Remiv.Domain.Reports;

namespace Remiv.Documents.Tests.Reports;

public sealed class ReportCsvTests
{
    [Test]
    public void The_file_is_utf8_with_a_bom_semicolons_and_crlf_for_french_excel()
    {
        var file = SampleReports.Files.Render(SampleReports.Report(), ReportFormat.Csv);

        file.FileName.ShouldBe("rapport-activite-2026-01-01-2026-12-31-full.csv");
        file.ContentType.ShouldStartWith("text/csv");
        file.Content.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var text = Encoding.UTF8.GetString(file.Content, 3, file.Content.Length - 3);
        text.ShouldEndWith("\r\n");
        text.Replace("\r\n", string.Empty, StringComparison.Ordinal).ShouldNotContain("\n");
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("Rubrique;Catégorie;Colonne;Valeur");
    }

    [Test]
    public void Each_figure_is_a_line_with_accents_intact_french_numbers_and_hidden_counts_kept_hidden()
    {
        var lines = Lines(ReportCsv.Write(SampleReports.Report()));

        lines.ShouldContain("Nationalités;Guinée;Nombre;1234", "no thousands separator");
        lines.ShouldContain("Nationalités;Côte d'Ivoire;Nombre;12");
        lines.ShouldContain("Nationalités;Érythrée;Nombre;< 5");
        lines.ShouldContain("Suivi psychologique : séances tenues, absences et délai d'attente moyen en jours;Janvier;Délai (jours);12,5", "a decimal comma");
        lines.ShouldContain("Suivi psychologique : séances tenues, absences et délai d'attente moyen en jours;Janvier;Absences;< 5");
        // 4 nationalities + 2 × 2 months × 3 columns, and the header.
        lines.Count.ShouldBe(1 + 4 + 12);
        lines.ShouldAllBe(l => l.Count(c => c == ';') == 3 || l.Contains('"'));
    }

    [Test]
    public void A_field_with_a_semicolon_or_a_quote_is_quoted()
    {
        var lines = Lines(ReportCsv.Write(SampleReports.Report()));

        lines.ShouldContain("Nationalités;\"Mali; Burkina \"\"Faso\"\"\";Nombre;7");
    }

    [Test]
    public void A_label_excel_would_run_as_a_formula_stays_text()
    {
        var report = SampleReports.Report() with
        {
            Tables =
            [
                new ReportTable("workshops", "Ateliers", "Atelier", ["Séances"],
                    [new ReportRow("=HYPERLINK(\"http://example.org\";\"x\")", [new ReportValue(7)]), new ReportRow("@SUM(A1)", [ReportValue.Hidden])],
                    ReportChart.None),
            ],
        };

        var lines = Lines(ReportCsv.Write(report));

        lines.ShouldContain("Ateliers;\"'=HYPERLINK(\"\"http://example.org\"\";\"\"x\"\")\";Séances;7");
        lines.ShouldContain("Ateliers;'@SUM(A1);Séances;< 5");
    }

    private static List<string> Lines(byte[] content) =>
        [.. Encoding.UTF8.GetString(content, 3, content.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)];
}

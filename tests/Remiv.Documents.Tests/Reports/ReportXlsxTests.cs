using MiniExcelLibs;
using Remiv.Application.Reports.Exports;
using Remiv.Domain.Reports;

namespace Remiv.Documents.Tests.Reports;

public sealed class ReportXlsxTests
{
    [Test]
    public void The_workbook_opens_on_the_report_sheet_then_has_one_sheet_per_table_with_unique_short_names()
    {
        var file = SampleReports.Files.Render(SampleReports.Report(), ReportFormat.Xlsx);
        file.FileName.ShouldBe("rapport-activite-2026-01-01-2026-12-31-full.xlsx");
        using var stream = new MemoryStream(file.Content);

        var names = MiniExcel.GetSheetNames(stream);

        names.Count.ShouldBe(4);
        names[0].ShouldBe("Rapport");
        names[1].ShouldBe("Nationalités");
        names.ShouldAllBe(n => n.Length <= 31);
        names.Distinct(StringComparer.OrdinalIgnoreCase).Count().ShouldBe(4);
        names[2].ShouldStartWith("Suivi psychologique");
        names[3].ShouldStartWith("Suivi psychologique");
    }

    [Test]
    public void The_first_sheet_says_what_the_report_covers_and_the_small_count_rule()
    {
        var rows = Rows(SampleReports.Files.Render(SampleReports.Report(), ReportFormat.Xlsx).Content, "Rapport");

        rows[0]["A"].ShouldBe("Rapport d'activité du REMIV");
        rows.ShouldContain(r => Equals(r["A"], "Du") && Equals(r["B"], "01/01/2026"));
        rows.ShouldContain(r => Equals(r["A"], "Au") && Equals(r["B"], "31/12/2026"));
        rows.ShouldContain(r => Equals(r["A"], "Modèle") && Equals(r["B"], "Rapport complet"));
        rows.ShouldContain(r => Equals(r["A"], "Généré le") && Equals(r["B"], "27/11/2026 à 08:15"));
        rows.ShouldContain(r => Equals(r["A"], ReportTexts.SmallCountRule));
    }

    [Test]
    public void Figures_are_numeric_cells_and_hidden_ones_the_text_less_than_5()
    {
        var rows = Rows(SampleReports.Files.Render(SampleReports.Report(), ReportFormat.Xlsx).Content, "Nationalités");

        rows[0]["A"].ShouldBe("Nationalités");
        rows[1]["A"].ShouldBe("Nationalité");
        rows[1]["B"].ShouldBe("Nombre");
        var guinea = rows.Single(r => Equals(r["A"], "Guinée"));
        guinea["B"].ShouldBeOfType<double>().ShouldBe(1234);
        rows.Single(r => Equals(r["A"], "Érythrée"))["B"].ShouldBe("< 5");
        rows[^1]["A"].ShouldBe("Nationalité déclarée à l'arrivée.");
    }

    [Test]
    public void A_decimal_figure_stays_a_number()
    {
        var sheet = MiniExcel.GetSheetNames(new MemoryStream(SampleReports.Files.Render(SampleReports.Report(), ReportFormat.Xlsx).Content))[2];
        var rows = Rows(SampleReports.Files.Render(SampleReports.Report(), ReportFormat.Xlsx).Content, sheet);

        var january = rows.Single(r => Equals(r["A"], "Janvier"));
        january["B"].ShouldBe(40d);
        january["C"].ShouldBe("< 5");
        january["D"].ShouldBe(12.5d);
    }

    private static List<IDictionary<string, object?>> Rows(byte[] content, string sheet)
    {
        using var stream = new MemoryStream(content);
        return [.. stream.Query(useHeaderRow: false, sheetName: sheet).Cast<IDictionary<string, object?>>()];
    }
}

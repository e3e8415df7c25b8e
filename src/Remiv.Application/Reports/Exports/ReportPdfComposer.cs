using Remiv.Application.Documents.Layout;

namespace Remiv.Application.Reports.Exports;

/// <summary>
/// Lays out the activity report with the document engine: the hub's header, the report's title, period and template, the
/// rule on small counts, then each table (its header repeated on every page it spans, its rows never split) with its bar
/// chart (a vector drawing, <see cref="IReportChartRenderer"/>) and its note. On every page the footer "Document agrégé —
/// aucune donnée nominative" and "page X / Y". Aggregates only: no name anywhere, nor in the metadata.
/// </summary>
public static class ReportPdfComposer
{
    public const string Title = "Rapport d'activité";

    private static readonly Rgb Accent = Rgb.FromHex("#1F4E79");
    private static readonly Rgb Shade = Rgb.FromHex("#EEF3F8");

    public static DocumentSpec Compose(ActivityReport report, IReportChartRenderer charts)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(charts);
        return Document.Create(d =>
        {
            d.Metadata($"{report.Template.Title} — {ReportTexts.Period(report)}", report.GeneratedAt, author: "Remiv", subject: ReportTexts.Subject);
            d.Page(p =>
            {
                p.Margin(Units.Mm(18), Units.Mm(14));
                p.DefaultTextStyle(new TextStyle { Size = 9.5f });
                p.Header().BorderBottom(1, Accent).PaddingBottom(4).Row(r =>
                {
                    r.RelativeItem().Column(x =>
                    {
                        x.Item().Text("REMIV — Poitiers").FontSize(12).Bold().FontColor(Accent);
                        x.Item().Text("Ressources pour les mineurs isolés en Vienne · Maison des trois quartiers").FontSize(8).FontColor(Rgb.Grey);
                    });
                    r.ConstantItem(170).AlignRight().Text(Title).FontSize(13).Bold();
                });
                p.Footer().BorderTop(0.5f, Rgb.Grey).PaddingTop(3).Row(r =>
                {
                    r.RelativeItem().Text(ReportTexts.Footer).Bold();
                    r.ConstantItem(70).AlignRight().Text(t =>
                    {
                        t.Span("page ");
                        t.CurrentPageNumber();
                        t.Span(" / ");
                        t.TotalPages();
                    });
                });
                p.Content().PaddingVertical(8).Column(c =>
                {
                    c.Spacing(14);
                    c.Item().Column(h =>
                    {
                        h.Spacing(3);
                        h.Item().Text(report.Template.Title).FontSize(16).Bold().FontColor(Accent);
                        h.Item().Text($"Période : {ReportTexts.Period(report)}").FontSize(11);
                        h.Item().Text($"Modèle : {report.Template.Name}");
                        h.Item().Text($"Généré le {ReportTexts.GeneratedAt(report.GeneratedAt)}").FontColor(Rgb.DarkGrey);
                        h.Item().PaddingTop(4).Background(Shade).Padding(5).Text(ReportTexts.SmallCountRule);
                    });
                    if (report.Tables.Count == 0)
                    {
                        c.Item().Text("Aucun tableau dans ce modèle.").Italic().FontColor(Rgb.DarkGrey);
                    }

                    foreach (var table in report.Tables)
                    {
                        c.Item().Element(x => Table(x, table, charts));
                    }
                });
            });
        });
    }

    private static void Table(IContainer container, ReportTable table, IReportChartRenderer charts) =>
        container.EnsureSpace(90).Column(s =>
        {
            s.Spacing(5);
            s.Item().BorderBottom(0.75f, Accent).PaddingBottom(2).Text(table.Title).FontSize(11.5f).Bold().FontColor(Accent);
            if (table.Rows.Count == 0)
            {
                s.Item().Text("Aucune donnée sur la période.").Italic().FontColor(Rgb.DarkGrey);
            }
            else
            {
                s.Item().Table(t =>
                {
                    t.ColumnsDefinition(k =>
                    {
                        k.RelativeColumn(table.Columns.Count > 2 ? 2 : 3);
                        foreach (var _ in table.Columns)
                        {
                            k.RelativeColumn();
                        }
                    });
                    t.Header(h =>
                    {
                        h.Cell().Background(Accent).Padding(3).Text(table.RowHeader).Bold().FontColor(Rgb.White);
                        foreach (var column in table.Columns)
                        {
                            h.Cell().Background(Accent).Padding(3).Text(x => x.AlignRight().Span(column).Bold().FontColor(Rgb.White));
                        }
                    });
                    foreach (var row in table.Rows)
                    {
                        t.Cell().BorderBottom(0.5f, Rgb.LightGrey).Padding(3).Text(row.Label).Bold(row.IsTotal);
                        for (var i = 0; i < table.Columns.Count; i++)
                        {
                            var shown = i < row.Values.Count ? row.Values[i].Shown : string.Empty;
                            t.Cell().BorderBottom(0.5f, Rgb.LightGrey).Padding(3).Text(x => x.AlignRight().Span(shown).Bold(row.IsTotal));
                        }
                    }
                });
                if (table.Chart == ReportChart.Bars && table.Rows.Any(r => !r.IsTotal))
                {
                    s.Item().PaddingTop(4).Drawing(charts.Drawing(table), charts.Height(table));
                }
            }

            if (table.Note is { Length: > 0 } note)
            {
                s.Item().Text(note).Italic().FontSize(8.5f).FontColor(Rgb.DarkGrey);
            }
        });
}

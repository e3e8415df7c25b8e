using System.Globalization;
using System.Security;
using Remiv.Application.Documents.Layout;
using Remiv.Application.Reports;
using Remiv.Application.Reports.Exports;
using Remiv.Infrastructure.Documents.Rendering;
using ScottPlot;
using SkiaSharp;

namespace Remiv.Infrastructure.Reports;

/// <summary>
/// <see cref="IReportChartRenderer"/> over ScottPlot: horizontal bars of a table's first value column, one per row but the total, in
/// the table's order from the top, each labelled with its figure as shown in the table. A hidden figure has no bar (its
/// length would give the number away) and is labelled "&lt; 5". The same plot gives the SVG of the pages and, drawn onto
/// the PDF page's canvas, the vector chart of the PDF. Text in Noto Sans (<see cref="ChartFonts"/>).
/// </summary>
internal sealed class ScottPlotChartRenderer : IReportChartRenderer
{
    private const float RowHeight = 18;
    private const float Margin = 34;
    private const float MinHeight = 70;

    /// <summary>The tallest chart (points): a table of many rows gets thinner bars, so that its chart fits on a page.</summary>
    private const float MaxHeight = 560;

    private static readonly Color BarColor = Color.FromHex("#1F4E79");
    private static readonly Color TextColor = Color.FromHex("#333333");

    public string Svg(ReportTable table, int width = 640)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 100);
        using var plot = Plot(table);
        var height = (int)Math.Ceiling(Height(table));
        Settle(plot, width, height);
        return Inline(plot.GetSvgXml(width, height), width, height, table.Title);
    }

    public IVectorDrawing Drawing(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new ChartDrawing(table);
    }

    public float Height(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Math.Clamp(Margin + (RowHeight * Charted(table).Count), MinHeight, MaxHeight);
    }

    /// <summary>The chart of a table, built anew for each drawing (a ScottPlot plot is not thread-safe).</summary>
    internal static Plot Plot(ReportTable table)
    {
        var font = ChartFonts.Ensure();
        var plot = new Plot();
        plot.Font.Set(font);
        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;

        var rows = Charted(table);
        var count = rows.Count;
        var bars = new List<Bar>(count);
        var positions = new double[count];
        var labels = new string[count];
        double max = 0;
        for (var i = 0; i < count; i++)
        {
            var row = rows[i];
            var value = row.Values.Count > 0 ? row.Values[0] : ReportValue.Hidden;
            positions[i] = count - 1 - i; // the first row on top
            labels[i] = row.Label;
            var number = value.Number is { } n ? (double)n : 0;
            max = Math.Max(max, number);
            bars.Add(new Bar
            {
                Position = positions[i],
                Value = number,
                Label = value.Shown,
                Orientation = Orientation.Horizontal,
                FillColor = value.IsHidden ? Colors.Transparent : BarColor,
                LineWidth = 0,
                Size = 0.7,
            });
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        barPlot.ValueLabelStyle.FontName = font;
        barPlot.ValueLabelStyle.FontSize = LabelSize(count);
        barPlot.ValueLabelStyle.ForeColor = TextColor;

        plot.Axes.Left.SetTicks(positions, labels);
        plot.Axes.Left.TickLabelStyle.FontName = font;
        plot.Axes.Left.TickLabelStyle.FontSize = LabelSize(count);
        plot.Axes.Left.TickLabelStyle.ForeColor = TextColor;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            IntegerTicksOnly = true,
            LabelFormatter = v => v.ToString("#,##0", ReportTexts.French),
        };
        plot.Axes.Bottom.TickLabelStyle.FontName = font;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 8;
        plot.Axes.Bottom.TickLabelStyle.ForeColor = TextColor;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        plot.Grid.XAxisStyle.MajorLineStyle.Color = Colors.Black.WithAlpha(0.1);

        // Room on the right for the last label; never below zero.
        plot.Axes.SetLimits(0, max <= 0 ? 10 : max * 1.18, -0.6, count - 0.4);
        return plot;
    }

    /// <summary>
    /// The SVG made ready to put inline in a page: without its XML declaration, scaling to its container's width (a
    /// viewBox instead of a fixed size), named for screen readers by the table's title, its text in Noto Sans or the
    /// browser's sans-serif. No script, no style element (the pages' content policy).
    /// </summary>
    private static string Inline(string svg, int width, int height, string title)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = start > 0 ? svg[start..] : svg;
        var size = string.Create(CultureInfo.InvariantCulture, $"width=\"{width}\" height=\"{height}\"");
        var at = svg.IndexOf(size, StringComparison.Ordinal);
        if (at >= 0)
        {
            var label = SecurityElement.Escape(title);
            svg = string.Concat(svg.AsSpan(0, at),
                string.Create(CultureInfo.InvariantCulture, $"viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{label}\""),
                svg.AsSpan(at + size.Length));
        }

        return svg.Replace($"font-family=\"{ChartFonts.Family}\"", $"font-family=\"{ChartFonts.Family}, sans-serif\"", StringComparison.Ordinal).Trim();
    }

    /// <summary>
    /// ScottPlot lays a plot out on its first render, and renders it once more when the layout moved (every text twice):
    /// a first render into a throw-away recording settles the layout, so the page or the SVG gets one single drawing.
    /// </summary>
    private static void Settle(Plot plot, float width, float height)
    {
        using var recorder = new SKPictureRecorder();
        plot.Render(recorder.BeginRecording(SKRect.Create(width, height)), new PixelRect(0, width, height, 0));
        using var discarded = recorder.EndRecording();
    }

    /// <summary>9 points, smaller when the rows are squeezed to fit the tallest chart.</summary>
    private static float LabelSize(int rows) => Math.Clamp((MaxHeight - Margin) / Math.Max(1, rows) * 0.6f, 4, 9);

    /// <summary>The rows drawn: every row but the total (a bar that long would flatten the others).</summary>
    private static List<ReportRow> Charted(ReportTable table) => [.. table.Rows.Where(r => !r.IsTotal)];

    /// <summary>The chart drawn by ScottPlot straight onto the PDF page's canvas: vector paths and text, no bitmap.</summary>
    private sealed class ChartDrawing(ReportTable table) : ISkiaDrawing
    {
        public void Draw(SKCanvas canvas, float width, float height)
        {
            using var plot = Plot(table);
            var box = new PixelRect(0, width, height, 0);

            Settle(plot, width, height);
            plot.Render(canvas, box);
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Remiv.Application.Documents.Layout;
using Remiv.Infrastructure.Documents;
using SkiaSharp;

namespace Remiv.Bench.Pdf;

internal sealed record PdfBenchOptions(int Entries, int Runs, int Batch, int Seed, string? Samples);

/// <summary>
/// The PDF engine's benchmark (issue 6): a case summary of 200 entries rendered <c>--runs</c> times (median under
/// 50 ms, file under 150 KB), then <c>--batch</c> different summaries one after the other, as the batch job makes
/// them (under 10 s for 100). <c>--samples</c> also writes a few PDFs to a folder for a structural check (qpdf --check).
/// </summary>
internal static class PdfBenchmark
{
    public const double TargetMedianMs = 50;
    public const int TargetBytes = 150 * 1024;
    public const double TargetBatchMs = 10_000;

    private static readonly DateTimeOffset GeneratedAt = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);

    public static int Run(PdfBenchOptions options)
    {
        using var services = new ServiceCollection().AddDocumentEngine().BuildServiceProvider();
        var renderer = services.GetRequiredService<IPdfRenderer>();

        var cold = Stopwatch.StartNew();
        var bytes = renderer.Render(CaseSummarySample.Create(options.Entries, options.Seed, GeneratedAt));
        cold.Stop();
        var pages = CountPages(bytes);

        var build = new Stats("build the document (fluent API)");
        var render = new Stats($"render a summary of {options.Entries} entries");
        var cpu = new Stats("CPU time of a rendering (all threads)");
        var allocated = new List<long>();
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < 5 + options.Runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var spec = CaseSummarySample.Create(options.Entries, options.Seed, GeneratedAt);
            var built = Stopwatch.GetTimestamp();
            var before = GC.GetAllocatedBytesForCurrentThread();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            bytes = renderer.Render(spec);
            process.Refresh();
            var cpuAfter = process.TotalProcessorTime;
            var after = GC.GetAllocatedBytesForCurrentThread();
            if (i >= 5)
            {
                build.Add(Stopwatch.GetElapsedTime(start, built));
                render.Add(Stopwatch.GetElapsedTime(built));
                allocated.Add(after - before);
                cpu.Add(cpuAfter - cpuBefore);
            }
        }

        var batch = Stopwatch.StartNew();
        long batchBytes = 0;
        for (var i = 0; i < options.Batch; i++)
        {
            batchBytes += renderer.Render(CaseSummarySample.Create(options.Entries, options.Seed + 1 + i, GeneratedAt)).Length;
        }

        batch.Stop();

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"## PDF engine: a case summary of {options.Entries} entries ({pages} pages, {bytes.Length / 1024.0:0.0} KB)"));
        Console.WriteLine();
        Console.WriteLine("| measure | runs | median | p95 | max | target |");
        Console.WriteLine("|---|---:|---:|---:|---:|---|");
        Row(render, $"median < {TargetMedianMs:0} ms");
        Row(cpu, "—");
        Row(build, "—");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {options.Batch} different summaries one after the other | 1 | {Stats.Duration(batch.Elapsed.TotalMilliseconds)} | | | < {TargetBatchMs / 1000:0} s |"));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"File size: {bytes.Length:N0} bytes ({bytes.Length / 1024.0:0.0} KB, target < {TargetBytes / 1024} KB); batch average {batchBytes / Math.Max(1, options.Batch) / 1024.0:0.0} KB. "
            + $"First rendering of the process (fonts loaded, code not yet optimised): {Stats.Duration(cold.Elapsed.TotalMilliseconds)}. "
            + $"Allocated per rendering: {allocated.Average() / 1024 / 1024:0.0} MB."));

        if (options.Samples is { } folder)
        {
            WriteSamples(renderer, folder, options.Entries, options.Seed);
        }

        var ok = render.P50 < TargetMedianMs && bytes.Length < TargetBytes && (options.Batch < 100 || batch.Elapsed.TotalMilliseconds < TargetBatchMs);
        Console.WriteLine();
        Console.WriteLine(ok ? "All targets met." : "A target is missed (exit code 2).");
        return ok ? 0 : 2;

        static void Row(Stats s, string target) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {s.Name} | {s.Count} | {Stats.Ms(s.P50)} | {Stats.Ms(s.P95)} | {Stats.Ms(s.Max)} | {target} |"));
    }

    /// <summary>A few PDFs covering the engine's features, for qpdf --check (and a look).</summary>
    public static void WriteSamples(IPdfRenderer renderer, string folder, int entries, int seed)
    {
        Directory.CreateDirectory(folder);
        var samples = new Dictionary<string, DocumentSpec>
        {
            [$"case-summary-{entries}"] = CaseSummarySample.Create(entries, seed, GeneratedAt),
            ["scripts"] = Simple(c => c.Column(col =>
            {
                col.Spacing(6);
                col.Item().Text("Français : Éléonore, Noël, « œuvre », ça, déjà.").FontSize(12);
                col.Item().Text("Arabe : محمد أحمد · Pachto : احمد شاه · Dari : فرشته");
                col.Item().Text("Guèze (tigrigna, amharique) : ሰላም ዮሐንስ ተስፋይ").Bold();
                col.Item().Text("Bengali : মোহাম্মদ রহমান · Devanagari : मोहम्मद · Tamoul : முகம்மது");
                col.Item().Text("Géorgien : გიორგი · Cyrillique : Дмитрий · Grec : Γιώργος").Italic();
                col.Item().AlignRight().Text("نص عربي محاذى إلى اليمين مع رقم 12");
            })),
            ["long-table"] = Simple(c => c.Table(t =>
            {
                t.ColumnsDefinition(k => k.ConstantColumn(60).RelativeColumn());
                t.Header(h =>
                {
                    h.Cell().Background(Rgb.LightGrey).Padding(3).Text("N°").Bold();
                    h.Cell().Background(Rgb.LightGrey).Padding(3).Text("Ligne").Bold();
                });
                for (var i = 1; i <= 300; i++)
                {
                    t.Cell().Padding(3).Text(i.ToString("R000", CultureInfo.InvariantCulture));
                    t.Cell().Padding(3).Text(new string('x', i % 7 * 30));
                }
            })),
            ["image"] = Simple(c => c.Column(col =>
            {
                col.Spacing(8);
                col.Item().Image(Picture(SKEncodedImageFormat.Png)).Width(200);
                col.Item().Image(Picture(SKEncodedImageFormat.Jpeg)).Width(300);
            })),
            ["empty"] = Document.Create(d => d.Metadata("Vide", GeneratedAt)),
        };

        foreach (var (name, spec) in samples)
        {
            var path = Path.Combine(folder, name + ".pdf");
            File.WriteAllBytes(path, renderer.Render(spec));
            Console.WriteLine($"Wrote {path}");
        }
    }

    private static DocumentSpec Simple(Action<IContainer> content) => Document.Create(d =>
    {
        d.Metadata("Échantillon du moteur PDF", GeneratedAt, author: "Remiv");
        d.Page(p =>
        {
            content(p.Content());
            p.Footer().AlignCenter().Text(t =>
            {
                t.CurrentPageNumber();
                t.Span(" / ");
                t.TotalPages();
            });
        });
    });

    /// <summary>A small generated picture (gradient and a disc), encoded as PNG or JPEG.</summary>
    private static byte[] Picture(SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(320, 200);
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { IsAntialias = true })
        {
            paint.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(320, 200), [SKColors.SteelBlue, SKColors.Orange], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, 320, 200, paint);
            paint.Shader = null;
            paint.Color = SKColors.White;
            canvas.DrawCircle(160, 100, 60, paint);
        }

        using var data = bitmap.Encode(format, 85);
        return data.ToArray();
    }

    private static int CountPages(byte[] pdf)
    {
        // "/Type /Page" objects (not "/Pages"), enough for a count in a report.
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var count = 0;
        for (var i = text.IndexOf("/Type /Page", StringComparison.Ordinal); i >= 0; i = text.IndexOf("/Type /Page", i + 1, StringComparison.Ordinal))
        {
            count += i + 11 < text.Length && text[i + 11] != 's' ? 1 : 0;
        }

        return count;
    }
}

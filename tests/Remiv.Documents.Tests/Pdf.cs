using Microsoft.Extensions.DependencyInjection;
using Remiv.Application.Documents.Layout;
using Remiv.Infrastructure.Documents;
using UglyToad.PdfPig;

namespace Remiv.Documents.Tests;

/// <summary>The engine as the application gets it, and PdfPig to read back what it wrote.</summary>
internal static class Pdf
{
    private static readonly Lazy<ServiceProvider> Services = new(() => new ServiceCollection().AddDocumentEngine().BuildServiceProvider());

    public static DateTimeOffset CreatedAt { get; } = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);

    public static IPdfRenderer Renderer => Services.Value.GetRequiredService<IPdfRenderer>();

    /// <summary>A document of one page set with the given content (A4, 2 cm margins).</summary>
    public static DocumentSpec Document(Action<IContainer> content, Action<PageDescriptor>? page = null) =>
        Remiv.Application.Documents.Layout.Document.Create(d =>
        {
            d.Metadata("Test", CreatedAt, author: "Remiv");
            d.Page(p =>
            {
                page?.Invoke(p);
                content(p.Content());
            });
        });

    public static byte[] Render(DocumentSpec spec)
    {
        var bytes = Renderer.Render(spec);
        Check(bytes);
        return bytes;
    }

    /// <summary>The structural check every produced file goes through: PdfPig opens it and reads every page's letters and images.</summary>
    public static void Check(byte[] bytes)
    {
        bytes.Length.ShouldBeGreaterThan(0);
        using var document = PdfDocument.Open(bytes);
        document.NumberOfPages.ShouldBeGreaterThan(0);
        foreach (var page in document.GetPages())
        {
            _ = page.Letters.Count;
            _ = page.GetImages().Count();
        }
    }

    /// <summary>Each page's text, letters in content order (the order the engine drew them: line by line).</summary>
    public static List<string> PageTexts(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        return [.. document.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value)))];
    }

    /// <summary>Each page's words (PdfPig's default word extraction).</summary>
    public static List<List<string>> PageWords(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        return [.. document.GetPages().Select(p => p.GetWords().Select(w => w.Text).ToList())];
    }

    /// <summary>Writes the file to $REMIV_PDF_SAMPLES (when set) so CI can run qpdf --check on it.</summary>
    public static void Keep(string name, byte[] bytes)
    {
        var folder = Environment.GetEnvironmentVariable("REMIV_PDF_SAMPLES");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, name + ".pdf"), bytes);
        }
    }
}

using System.Text;
using Remiv.Application.Documents.Layout;
using Remiv.Infrastructure.Documents.Fonts;
using Remiv.Infrastructure.Documents.Layout;
using Remiv.Infrastructure.Documents.Rendering;
using SkiaSharp;

namespace Remiv.Infrastructure.Documents;

/// <summary>
/// <see cref="IPdfRenderer"/> over SkiaSharp's PDF backend (docs/adr/0011-pdf-engine.md). Two phases: the layout
/// (<see cref="Paginator"/>) records every page's drawing operations; then, with the page count known, page numbers
/// are filled in, each font is cut down to the glyphs used, and the pages are drawn into an SKDocument.
/// Thread-safe: each call has its own layout state; the fonts are shared read-only.
/// </summary>
internal sealed class SkiaPdfRenderer(FontLibrary fonts) : IPdfRenderer
{
    private const float FakeItalicSkew = -0.2f;

    public byte[] Render(DocumentSpec document)
    {
        using var output = new MemoryStream();
        Render(document, output);
        return output.ToArray();
    }

    public void Render(DocumentSpec document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var context = new LayoutContext(fonts);
        try
        {
            var pages = Paginator.Paginate(document, context);
            if (pages.Count == 0)
            {
                pages.Add(new PageContent(PageSize.A4, 1)); // a document without page set is still a valid, blank PDF
            }

            ResolvePageNumbers(pages);
            Write(document.Metadata, pages, output);
        }
        finally
        {
            foreach (var resource in context.Resources)
            {
                resource.Dispose();
            }
        }
    }

    /// <summary>Lays out the texts with page numbers, in place (drawing order is reading order for text extraction).</summary>
    private static void ResolvePageNumbers(List<PageContent> pages)
    {
        foreach (var page in pages)
        {
            if (!page.Ops.Exists(op => op is DeferredTextOp))
            {
                continue;
            }

            var ops = page.Ops.ToList();
            page.Ops.Clear();
            foreach (var op in ops)
            {
                if (op is DeferredTextOp deferred)
                {
                    deferred.Node.DrawResolved(page, pages.Count, deferred.X, deferred.Y, deferred.Width);
                }
                else
                {
                    page.Ops.Add(op);
                }
            }
        }
    }

    private static void Write(DocumentMetadata metadata, List<PageContent> pages, Stream output)
    {
        // Each face used, cut down to its glyphs: Skia's PDF backend embedded the shipped font files whole.
        var used = new Dictionary<FontFace, bool[]>();
        foreach (var page in pages)
        {
            foreach (var op in page.Ops)
            {
                if (op is GlyphRunOp run)
                {
                    if (!used.TryGetValue(run.Face, out var glyphs))
                    {
                        used[run.Face] = glyphs = new bool[run.Face.GlyphCount];
                    }

                    foreach (var glyph in run.Glyphs)
                    {
                        glyphs[glyph] = true;
                    }
                }
            }
        }

        var typefaces = new Dictionary<FontFace, SKTypeface>();
        var skFonts = new Dictionary<(FontFace, float, bool), SKFont>();
        try
        {
            foreach (var (face, glyphs) in used)
            {
                using var data = SKData.CreateCopy(TrueTypeSubsetter.Subset(face.Data, glyphs));
                typefaces[face] = SKTypeface.FromData(data) ?? throw new InvalidOperationException($"Sous-ensemble de police illisible : {face.Name}.");
            }

            var created = metadata.CreatedAt.UtcDateTime;
            var pdfMetadata = new SKDocumentPdfMetadata
            {
                Title = metadata.Title,
                Author = metadata.Author ?? string.Empty,
                Subject = metadata.Subject ?? string.Empty,
                Keywords = metadata.Keywords ?? string.Empty,
                Creator = "Remiv",
                Producer = "Remiv (SkiaSharp PDF)",
                Creation = created,
                Modified = created,
                PdfA = metadata.PdfA,
                RasterDpi = SKDocumentPdfMetadata.DefaultRasterDpi,
                EncodingQuality = SKDocumentPdfMetadata.DefaultEncodingQuality,
            };

            using var document = SKDocument.CreatePdf(output, pdfMetadata);
            using var fill = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = true };
            using var sampling = new SKPaint { IsAntialias = true };
            using var builder = new SKTextBlobBuilder();
            foreach (var page in pages)
            {
                var canvas = document.BeginPage(page.Size.Width, page.Size.Height);
                foreach (var op in page.Ops)
                {
                    switch (op)
                    {
                        case RectOp rect:
                            fill.Color = Color(rect.Color);
                            canvas.DrawRect(rect.X, rect.Y, rect.Width, rect.Height, fill);
                            break;
                        case GlyphRunOp run:
                            fill.Color = Color(run.Color);
                            DrawGlyphs(canvas, builder, run, Font(run, typefaces, skFonts), fill);
                            break;
                        case ImageOp image:
                            canvas.DrawImage(image.Image, SKRect.Create(image.X, image.Y, image.Width, image.Height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None), sampling);
                            break;
                        case DrawingOp drawing:
                            // Vector operations straight onto the page, clipped to the drawing's box.
                            canvas.Save();
                            canvas.ClipRect(SKRect.Create(drawing.X, drawing.Y, drawing.Width, drawing.Height));
                            canvas.Translate(drawing.X, drawing.Y);
                            drawing.Drawing.Draw(canvas, drawing.Width, drawing.Height);
                            canvas.Restore();
                            break;
                    }
                }

                document.EndPage();
            }

            document.Close();
        }
        finally
        {
            foreach (var font in skFonts.Values)
            {
                font.Dispose();
            }

            foreach (var typeface in typefaces.Values)
            {
                typeface.Dispose();
            }
        }
    }

    private static SKFont Font(GlyphRunOp run, Dictionary<FontFace, SKTypeface> typefaces, Dictionary<(FontFace, float, bool), SKFont> cache)
    {
        var key = (run.Face, run.Size, run.FakeItalic);
        if (!cache.TryGetValue(key, out var font))
        {
            cache[key] = font = new SKFont(typefaces[run.Face], run.Size)
            {
                SkewX = run.FakeItalic ? FakeItalicSkew : 0,
                Subpixel = true,
                LinearMetrics = true,
                Hinting = SKFontHinting.None,
                Edging = SKFontEdging.Antialias,
            };
        }

        return font;
    }

    /// <summary>One positioned run with its text and clusters, so the PDF maps the glyphs back to the characters (ActualText where the cmap cannot).</summary>
    private static void DrawGlyphs(SKCanvas canvas, SKTextBlobBuilder builder, GlyphRunOp run, SKFont font, SKPaint paint)
    {
        // UTF-8 offset of each UTF-16 unit of the text (a surrogate pair's second unit shares the first's).
        var text = run.Text;
        var byteOffsets = new int[text.Length + 1];
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            byteOffsets[i] = length;
            var c = text[i];
            length += c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 4 : char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]) ? 0 : 3;
        }

        var buffer = builder.AllocatePositionedTextRun(font, run.Glyphs.Length, length, null);
        Encoding.UTF8.GetBytes(text, buffer.Text);
        var glyphs = buffer.Glyphs;
        var positions = buffer.Positions;
        var clusters = buffer.Clusters;
        for (var i = 0; i < run.Glyphs.Length; i++)
        {
            glyphs[i] = run.Glyphs[i];
            positions[i] = new SKPoint(run.Xs[i], run.Ys[i]);
            clusters[i] = (uint)byteOffsets[run.Clusters[i]];
        }

        using var blob = builder.Build();
        if (blob is not null)
        {
            canvas.DrawText(blob, run.X, run.Y, paint);
        }
    }

    private static SKColor Color(Rgb c) => new(c.R, c.G, c.B, c.A);
}

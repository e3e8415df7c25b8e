using System.Globalization;
using Remiv.Application.Documents.Layout;
using Remiv.Infrastructure.Documents.Rendering;
using SkiaSharp;

namespace Remiv.Infrastructure.Documents.Layout;

/// <summary>A PNG or JPEG image keeping its proportions; never split, so one taller than the space wraps.</summary>
internal sealed class ImageNode(ImageElement element, LayoutContext context) : LayoutNode
{
    private SKImage? _image;

    public override SpacePlan Measure(Size available)
    {
        var (width, height) = SizeFor(available.Width);
        return height <= available.Height + Epsilon ? SpacePlan.Full(width, height) : SpacePlan.Wrap;
    }

    public override void Draw(PageContent page, float x, float y, Size box)
    {
        var (width, height) = SizeFor(box.Width);
        page.Ops.Add(new ImageOp(Image, x, y, width, height));
        context.Progress++;
    }

    public override string Blocker(Size available)
    {
        var (width, height) = SizeFor(available.Width);
        return string.Create(CultureInfo.InvariantCulture, $"une image de {width:0} × {height:0} pt");
    }

    private SKImage Image => _image ??= Decode();

    private (float Width, float Height) SizeFor(float available)
    {
        var ratio = Image.Height / (float)Image.Width;
        float width;
        if (element.Width is { } w)
        {
            width = Math.Min(w, available);
        }
        else if (element.Height is { } h)
        {
            width = Math.Min(h / ratio, available);
        }
        else
        {
            width = available;
        }

        return (width, width * ratio);
    }

    private SKImage Decode()
    {
        var data = element.Data.Span;
        var png = data.Length > 8 && data[0] == 0x89 && data[1] == (byte)'P' && data[2] == (byte)'N' && data[3] == (byte)'G';
        var jpeg = data.Length > 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF;
        if (!png && !jpeg)
        {
            throw new DocumentLayoutException("Une image du document n'est ni un PNG ni un JPEG : convertissez-la dans l'un de ces formats.");
        }

        using var encoded = SKData.CreateCopy(data);
        var image = SKImage.FromEncodedData(encoded);
        if (image is null || image.Width <= 0 || image.Height <= 0)
        {
            image?.Dispose();
            throw new DocumentLayoutException("Une image du document est illisible (fichier PNG ou JPEG abîmé) : remplacez-la.");
        }

        context.Resources.Add(image);
        return image;
    }
}

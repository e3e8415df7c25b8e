using Remiv.Application.Documents.Layout;
using SkiaSharp;

namespace Remiv.Infrastructure.Documents.Rendering;

/// <summary>
/// A <see cref="IVectorDrawing"/> the PDF backend can draw: it draws itself onto the page's canvas (vector operations,
/// never a bitmap), the canvas' origin moved to the top left corner of its box of <paramref name="width"/> ×
/// <paramref name="height"/> points. The charts of the activity report are drawings of this kind.
/// </summary>
internal interface ISkiaDrawing : IVectorDrawing
{
    void Draw(SKCanvas canvas, float width, float height);
}

/// <summary>A vector drawing placed on the page (coordinates in points from the page's top left corner).</summary>
internal sealed record DrawingOp(ISkiaDrawing Drawing, float X, float Y, float Width, float Height) : DrawOp;

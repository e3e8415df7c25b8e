using System.Globalization;
using System.Text;
using HarfBuzzSharp;
using Remiv.Application.Documents.Layout;
using Remiv.Infrastructure.Documents.Fonts;
using Remiv.Infrastructure.Documents.Rendering;

namespace Remiv.Infrastructure.Documents.Text;

/// <summary>A complete text style (every property known).</summary>
internal readonly record struct ResolvedStyle(float Size, bool Bold, bool Italic, Rgb Color, float LineHeight)
{
    public static ResolvedStyle From(TextStyle style) =>
        new(style.Size ?? 10, style.Bold ?? false, style.Italic ?? false, style.Color ?? Rgb.Black, style.LineHeight ?? 1);
}

/// <summary>A piece of text with its style, before shaping.</summary>
internal readonly record struct StyledText(string Text, ResolvedStyle Style);

/// <summary>A line of a paragraph: UTF-16 range (trailing spaces left out), width and vertical metrics in points.</summary>
internal readonly record struct TextLine(int Start, int End, float Width, float Ascent, float Descent, float Height);

/// <summary>A run of text in one face, style and direction, shaped by HarfBuzz. Glyphs are in display order (reversed for right to left).</summary>
internal sealed class ShapedRun
{
    public required int Start { get; init; }

    public required int End { get; init; }

    public required byte Level { get; init; }

    public required FontFace Face { get; init; }

    public required bool FakeItalic { get; init; }

    public required ResolvedStyle Style { get; init; }

    public required ushort[] Glyphs { get; init; }

    /// <summary>UTF-16 index in the paragraph of the character each glyph comes from.</summary>
    public required int[] Clusters { get; init; }

    public required float[] Advances { get; init; }

    public required float[] OffsetsX { get; init; }

    public required float[] OffsetsY { get; init; }

    public float Ascent => Face.Ascent * Style.Size;

    public float Descent => Face.Descent * Style.Size;
}

/// <summary>
/// A paragraph shaped once, then broken into lines for any width: bidi levels, font fallback per character (the
/// first family with a glyph; spaces, punctuation and marks stay in the current run's font when it has them), runs
/// shaped with HarfBuzz, and a width per character (the advances of its cluster's glyphs).
/// </summary>
internal sealed class Paragraph
{
    private const float Epsilon = 0.01f;

    // Ligatures off: "fi" drawn as one glyph would be extracted as U+FB01 by PDF readers that ignore ActualText.
    // Kerning off in left-to-right runs: Skia's PDF backend writes a text positioning operator ("Td") before every
    // glyph whose position is not exactly the previous one plus its advance, five times the bytes of a plain string;
    // without kerning, Latin text is drawn as one string per line (see GlyphRunOp).
    private static readonly HarfBuzzSharp.Feature[] LeftToRight = [HarfBuzzSharp.Feature.Parse("liga=0"), HarfBuzzSharp.Feature.Parse("kern=0")];
    private static readonly HarfBuzzSharp.Feature[] RightToLeft = [HarfBuzzSharp.Feature.Parse("liga=0")];

    private readonly float[] _advance;
    private readonly bool[] _clusterStart;

    private Paragraph(string text, byte baseLevel, ShapedRun[] runs, float[] advance, bool[] clusterStart)
    {
        Text = text;
        BaseLevel = baseLevel;
        Runs = runs;
        _advance = advance;
        _clusterStart = clusterStart;
    }

    public string Text { get; }

    public byte BaseLevel { get; }

    public IReadOnlyList<ShapedRun> Runs { get; }

    public static Paragraph Shape(IReadOnlyList<StyledText> spans, FontLibrary fonts)
    {
        var builder = new StringBuilder();
        var spanOf = new List<(int Start, int End, ResolvedStyle Style)>(spans.Count);
        foreach (var span in spans)
        {
            var start = builder.Length;
            Append(builder, span.Text);
            if (builder.Length > start)
            {
                spanOf.Add((start, builder.Length, span.Style));
            }
        }

        var text = builder.ToString();
        var levels = Bidi.Resolve(text, out var baseLevel);
        var family = Families(text, fonts);

        var runs = new List<ShapedRun>();
        var advance = new float[text.Length];
        var clusterStart = new bool[text.Length + 1];
        clusterStart[text.Length] = true;
        HarfBuzzSharp.Buffer? buffer = null; // created when a run needs HarfBuzz
        try
        {
            foreach (var (spanStart, spanEnd, style) in spanOf)
            {
                for (var start = spanStart; start < spanEnd;)
                {
                    var end = start + 1;
                    while (end < spanEnd && family[end] == family[start] && levels[end] == levels[start])
                    {
                        end++;
                    }

                    runs.Add(ShapeRun(text, start, end, levels[start], fonts.Families[family[start]], style, ref buffer, advance, clusterStart));
                    start = end;
                }
            }
        }
        finally
        {
            buffer?.Dispose();
        }

        return new Paragraph(text, baseLevel, [.. runs], advance, clusterStart);
    }

    /// <summary>Greedy line breaking at spaces (and after hyphens); a word wider than the line is broken between clusters.</summary>
    public List<TextLine> BreakLines(float maxWidth)
    {
        var lines = new List<TextLine>();
        var n = Text.Length;
        var start = 0;
        while (start < n)
        {
            var i = start;
            var width = 0f;
            var lastBreak = -1;
            var hasContent = false;
            int end, next;
            while (true)
            {
                if (i == n)
                {
                    end = n;
                    next = n;
                    break;
                }

                var c = Text[i];
                if (c == '\n')
                {
                    end = i;
                    next = i + 1;
                    break;
                }

                if (IsBreakingSpace(c))
                {
                    width += _advance[i];
                    i++;
                    lastBreak = i;
                    continue;
                }

                var j = i + 1;
                while (!_clusterStart[j])
                {
                    j++;
                }

                var w = 0f;
                for (var k = i; k < j; k++)
                {
                    w += _advance[k];
                }

                if (hasContent && width + w > maxWidth + Epsilon)
                {
                    // Wrap at the last space; a word longer than the whole line breaks before this cluster.
                    end = next = lastBreak > start ? lastBreak : i;
                    break;
                }

                width += w;
                hasContent = true;
                if ((c is '-' or '\u2010' && j < n && char.IsLetter(Text[j]) && i > start && char.IsLetter(Text[i - 1])) || c == '\u200B')
                {
                    lastBreak = j;
                }

                i = j;
            }

            var trimmed = end;
            while (trimmed > start && IsBreakingSpace(Text[trimmed - 1]))
            {
                trimmed--;
            }

            lines.Add(MakeLine(start, trimmed));
            start = next;
        }

        return lines;
    }

    /// <summary>Adds the glyph runs of <paramref name="line"/>, its top at <paramref name="top"/>, aligned in a box of <paramref name="boxWidth"/>.</summary>
    public void EmitLine(TextLine line, float x, float top, float boxWidth, TextAlignment alignment, List<DrawOp> ops)
    {
        if (line.End <= line.Start)
        {
            return;
        }

        var segments = new List<(ShapedRun Run, int Start, int End)>();
        foreach (var run in Runs)
        {
            if (run.End > line.Start && run.Start < line.End)
            {
                segments.Add((run, Math.Max(run.Start, line.Start), Math.Min(run.End, line.End)));
            }
        }

        var order = segments.Count == 1 || segments.TrueForAll(s => s.Run.Level == 0)
            ? Enumerable.Range(0, segments.Count).ToArray()
            : Bidi.VisualOrder([.. segments.Select(s => s.Run.Level)]);
        var effective = alignment == TextAlignment.Start ? (BaseLevel == 0 ? TextAlignment.Left : TextAlignment.Right) : alignment;
        var cursor = x + effective switch
        {
            TextAlignment.Right => boxWidth - line.Width,
            TextAlignment.Center => (boxWidth - line.Width) / 2,
            _ => 0,
        };
        var baseline = top + ((line.Height - line.Ascent - line.Descent) / 2) + line.Ascent;
        foreach (var index in order)
        {
            var (run, start, end) = segments[index];
            var count = 0;
            foreach (var cluster in run.Clusters)
            {
                if (cluster >= start && cluster < end)
                {
                    count++;
                }
            }

            var glyphs = new ushort[count];
            var xs = new float[count];
            var ys = new float[count];
            var clusters = new int[count];
            var pen = 0f;
            var g = 0;
            for (var k = 0; k < run.Glyphs.Length; k++)
            {
                var cluster = run.Clusters[k];
                if (cluster < start || cluster >= end)
                {
                    continue;
                }

                glyphs[g] = run.Glyphs[k];
                xs[g] = pen + run.OffsetsX[k];
                ys[g] = -run.OffsetsY[k];
                clusters[g] = cluster - start;
                pen += run.Advances[k];
                g++;
            }

            if (count > 0)
            {
                ops.Add(new GlyphRunOp(run.Face, run.Style.Size, run.FakeItalic, run.Style.Color, cursor, baseline, glyphs, xs, ys, Text[start..end], clusters));
            }

            cursor += pen;
        }
    }

    /// <summary>
    /// The text as it can be drawn: "\r\n" and "\r" are line breaks, tabs are spaces, other control characters and
    /// unpaired surrogates (invalid UTF-16) become U+FFFD, which the fonts draw as a visible replacement sign.
    /// </summary>
    private static void Append(StringBuilder builder, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c == '\t')
            {
                builder.Append(' ');
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if ((c < ' ' && c != '\n') || (c >= '\u007F' && c < '\u00A0') || char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else
            {
                builder.Append(c);
            }
        }
    }

    private static bool IsBreakingSpace(char c) => c is ' ' or '\t' or '\u1361' or (>= '\u2000' and <= '\u2006') or (>= '\u2008' and <= '\u200A') or '\u3000';

    /// <summary>The font family of each UTF-16 unit.</summary>
    private static int[] Families(string text, FontLibrary fonts)
    {
        var family = new int[text.Length];
        var current = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var rune = Rune.GetRuneAt(text, i);
            var cp = rune.Value;
            var category = Rune.GetUnicodeCategory(rune);
            var decides = category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber;
            int f;
            if (!decides && current >= 0 && (cp < 0x20 || fonts.Covers(current, cp)))
            {
                f = current;
            }
            else
            {
                f = fonts.FamilyFor(cp);
                if (f < 0)
                {
                    f = current >= 0 ? current : 0;
                }
            }

            family[i] = f;
            if (rune.Utf16SequenceLength == 2)
            {
                family[++i] = f;
            }

            current = f;
        }

        return family;
    }

    private static ShapedRun ShapeRun(string text, int start, int end, byte level, FontFamily family, ResolvedStyle style, ref HarfBuzzSharp.Buffer? buffer, float[] advance, bool[] clusterStart)
    {
        var (face, fakeItalic) = family.Select(style.Bold, style.Italic);
        if ((level & 1) == 0 && face.SimpleShaping && IsSimple(text, start, end, face))
        {
            return MapRun(text, start, end, level, face, fakeItalic, style, advance, clusterStart);
        }

        buffer ??= new HarfBuzzSharp.Buffer();
        buffer.ClearContents();
        buffer.AddUtf16(text.AsSpan(), start, end - start);
        buffer.Direction = (level & 1) == 1 ? Direction.RightToLeft : Direction.LeftToRight;
        buffer.GuessSegmentProperties();
        face.Shaper.Shape(buffer, (level & 1) == 1 ? RightToLeft : LeftToRight);

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var scale = style.Size / face.UnitsPerEm;
        var count = infos.Length;
        var glyphs = new ushort[count];
        var clusters = new int[count];
        var advances = new float[count];
        var offsetsX = new float[count];
        var offsetsY = new float[count];
        for (var i = 0; i < count; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            var cluster = (int)infos[i].Cluster;
            clusters[i] = cluster;
            advances[i] = positions[i].XAdvance * scale;
            offsetsX[i] = positions[i].XOffset * scale;
            offsetsY[i] = positions[i].YOffset * scale;
            advance[cluster] += advances[i];
            clusterStart[cluster] = true;
        }

        clusterStart[start] = true;
        return new ShapedRun
        {
            Start = start,
            End = end,
            Level = level,
            Face = face,
            FakeItalic = fakeItalic,
            Style = style,
            Glyphs = glyphs,
            Clusters = clusters,
            Advances = advances,
            OffsetsX = offsetsX,
            OffsetsY = offsetsY,
        };
    }

    /// <summary>No combining mark, joiner or character outside the face's map: glyphs one to one with characters.</summary>
    private static bool IsSimple(string text, int start, int end, FontFace face)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c < 0x20 || (c >= 0x0300 && (char.IsSurrogate(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)) || face.GlyphFor(c) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Shaping without HarfBuzz for simple left-to-right text: what it gives with ligatures and kerning off.</summary>
    private static ShapedRun MapRun(string text, int start, int end, byte level, FontFace face, bool fakeItalic, ResolvedStyle style, float[] advance, bool[] clusterStart)
    {
        var count = end - start;
        var glyphs = new ushort[count];
        var clusters = new int[count];
        var advances = new float[count];
        var scale = style.Size / face.UnitsPerEm;
        for (var i = 0; i < count; i++)
        {
            var glyph = face.GlyphFor(text[start + i]);
            glyphs[i] = glyph;
            clusters[i] = start + i;
            advances[i] = face.AdvanceUnits(glyph) * scale;
            advance[start + i] += advances[i];
            clusterStart[start + i] = true;
        }

        return new ShapedRun
        {
            Start = start,
            End = end,
            Level = level,
            Face = face,
            FakeItalic = fakeItalic,
            Style = style,
            Glyphs = glyphs,
            Clusters = clusters,
            Advances = advances,
            OffsetsX = new float[count],
            OffsetsY = new float[count],
        };
    }

    private TextLine MakeLine(int start, int end)
    {
        var ascent = 0f;
        var descent = 0f;
        var factor = 0f;
        var width = 0f;
        for (var k = start; k < end; k++)
        {
            width += _advance[k];
        }

        foreach (var run in Runs)
        {
            var touches = end > start
                ? run.End > start && run.Start < end
                : run.Start <= start && (start < run.End || run.End == Text.Length);
            if (touches)
            {
                ascent = Math.Max(ascent, run.Ascent);
                descent = Math.Max(descent, run.Descent);
                factor = Math.Max(factor, run.Style.LineHeight);
            }
        }

        if (factor == 0 && Runs.Count > 0)
        {
            // An empty line between two line breaks: the metrics of the run it sits in.
            var run = Runs.LastOrDefault(r => r.Start <= start) ?? Runs[0];
            ascent = run.Ascent;
            descent = run.Descent;
            factor = run.Style.LineHeight;
        }

        return new TextLine(start, end, width, ascent, descent, (ascent + descent) * factor);
    }
}

using System.Buffers.Binary;

namespace Remiv.Infrastructure.Documents.Fonts;

/// <summary>
/// Cuts a TrueType font down to the glyphs a document uses before Skia embeds it: Skia's PDF backend, as SkiaSharp
/// 3.119 builds it, embedded the shipped fonts whole (200 KB for a page); cut down this way first, it subsets them
/// further itself. Glyph ids are kept (unused glyphs become empty outlines, so the glyph runs shaped with the full
/// font stay valid), composite glyphs keep their components, and the tables a PDF viewer does not read (OpenType
/// layout, kerning, hinting) are left out. cmap, hmtx and name stay whole: Skia derives the ToUnicode map (text
/// extraction) and the widths from them.
/// </summary>
internal static class TrueTypeSubsetter
{
    private static readonly HashSet<uint> KeptTables =
    [
        Tag("cmap"), Tag("head"), Tag("hhea"), Tag("hmtx"), Tag("maxp"), Tag("name"), Tag("OS/2"), Tag("post"), Tag("glyf"), Tag("loca"),
    ];

    private static readonly uint Glyf = Tag("glyf");
    private static readonly uint Loca = Tag("loca");
    private static readonly uint Head = Tag("head");
    private static readonly uint Post = Tag("post");
    private static readonly uint Maxp = Tag("maxp");

    /// <summary>The font with only <paramref name="used"/> glyphs (and glyph 0, .notdef) keeping their outlines.</summary>
    public static byte[] Subset(ReadOnlySpan<byte> font, bool[] used)
    {
        var tables = ReadDirectory(font);
        var head = Table(font, tables, Head);
        var maxp = Table(font, tables, Maxp);
        var glyf = Table(font, tables, Glyf);
        var loca = Table(font, tables, Loca);
        var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(maxp[4..]);
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(head[50..]) == 1;

        // The glyphs to keep: the used ones, .notdef, and the components of composite glyphs.
        var keep = new bool[glyphCount];
        var pending = new Stack<int>();
        pending.Push(0);
        for (var g = 0; g < Math.Min(used.Length, (int)glyphCount); g++)
        {
            if (used[g])
            {
                pending.Push(g);
            }
        }

        while (pending.Count > 0)
        {
            var g = pending.Pop();
            if (keep[g])
            {
                continue;
            }

            keep[g] = true;
            var data = glyf[Offset(loca, longLoca, g)..Offset(loca, longLoca, g + 1)];
            if (data.Length >= 10 && BinaryPrimitives.ReadInt16BigEndian(data) < 0)
            {
                foreach (var component in Components(data))
                {
                    if (component < glyphCount && !keep[component])
                    {
                        pending.Push(component);
                    }
                }
            }
        }

        // New glyf and (long) loca.
        var newLoca = new byte[(glyphCount + 1) * 4];
        var size = 0;
        for (var g = 0; g < glyphCount; g++)
        {
            if (keep[g])
            {
                size += Pad4(Offset(loca, longLoca, g + 1) - Offset(loca, longLoca, g));
            }
        }

        var newGlyf = new byte[size];
        var at = 0;
        for (var g = 0; g < glyphCount; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(g * 4), (uint)at);
            if (keep[g])
            {
                var data = glyf[Offset(loca, longLoca, g)..Offset(loca, longLoca, g + 1)];
                data.CopyTo(newGlyf.AsSpan(at));
                at += Pad4(data.Length);
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(glyphCount * 4), (uint)at);

        var newHead = head.ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(newHead.AsSpan(8), 0); // checkSumAdjustment, set below
        BinaryPrimitives.WriteInt16BigEndian(newHead.AsSpan(50), 1); // indexToLocFormat: long

        // post version 3: no glyph names.
        var newPost = Table(font, tables, Post)[..32].ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(newPost, 0x00030000);

        var output = new List<(uint Tag, byte[] Data)>();
        foreach (var (tag, _, _) in tables)
        {
            if (!KeptTables.Contains(tag))
            {
                continue;
            }

            output.Add((tag, tag == Glyf ? newGlyf : tag == Loca ? newLoca : tag == Head ? newHead : tag == Post ? newPost : Table(font, tables, tag).ToArray()));
        }

        return Write(output, BinaryPrimitives.ReadUInt32BigEndian(font));
    }

    /// <summary>The advance width of every glyph in font units (hmtx; the glyphs past numberOfHMetrics take the last one).</summary>
    public static ushort[] Advances(ReadOnlySpan<byte> font, int glyphCount)
    {
        var tables = ReadDirectory(font);
        var hhea = Table(font, tables, Tag("hhea"));
        var hmtx = Table(font, tables, Tag("hmtx"));
        var metrics = BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]);
        var advances = new ushort[glyphCount];
        for (var g = 0; g < glyphCount; g++)
        {
            advances[g] = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(Math.Min(g, metrics - 1) * 4)..]);
        }

        return advances;
    }

    private static int Offset(ReadOnlySpan<byte> loca, bool longLoca, int glyph) => longLoca
        ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(glyph * 4)..])
        : BinaryPrimitives.ReadUInt16BigEndian(loca[(glyph * 2)..]) * 2;

    private static List<(uint Tag, int Offset, int Length)> ReadDirectory(ReadOnlySpan<byte> font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        var tables = new List<(uint, int, int)>(count);
        for (var i = 0; i < count; i++)
        {
            var record = font.Slice(12 + (i * 16), 16);
            tables.Add((BinaryPrimitives.ReadUInt32BigEndian(record), (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..])));
        }

        return tables;
    }

    private static ReadOnlySpan<byte> Table(ReadOnlySpan<byte> font, List<(uint Tag, int Offset, int Length)> tables, uint tag)
    {
        foreach (var (t, offset, length) in tables)
        {
            if (t == tag)
            {
                return font.Slice(offset, length);
            }
        }

        throw new InvalidOperationException($"Police TrueType sans table {TagName(tag)} : elle ne peut pas être intégrée.");
    }

    private static List<int> Components(ReadOnlySpan<byte> glyph)
    {
        const int ArgsAreWords = 0x0001, HaveScale = 0x0008, MoreComponents = 0x0020, HaveXYScale = 0x0040, HaveTwoByTwo = 0x0080;
        var components = new List<int>();
        var at = 10;
        int flags;
        do
        {
            if (at + 4 > glyph.Length)
            {
                break;
            }

            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
            components.Add(BinaryPrimitives.ReadUInt16BigEndian(glyph[(at + 2)..]));
            at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
            at += (flags & HaveScale) != 0 ? 2 : (flags & HaveXYScale) != 0 ? 4 : (flags & HaveTwoByTwo) != 0 ? 8 : 0;
        }
        while ((flags & MoreComponents) != 0);

        return components;
    }

    private static byte[] Write(List<(uint Tag, byte[] Data)> tables, uint version)
    {
        tables.Sort((a, b) => a.Tag.CompareTo(b.Tag));
        var count = tables.Count;
        var entrySelector = (int)Math.Floor(Math.Log2(count));
        var searchRange = (1 << entrySelector) * 16;
        var headerSize = 12 + (count * 16);
        var total = headerSize + tables.Sum(t => Pad4(t.Data.Length));
        var font = new byte[total];
        var span = font.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, version);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)((count * 16) - searchRange));
        var offset = headerSize;
        var headOffset = -1;
        for (var i = 0; i < count; i++)
        {
            var (tag, data) = tables[i];
            var record = span.Slice(12 + (i * 16), 16);
            BinaryPrimitives.WriteUInt32BigEndian(record, tag);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            data.CopyTo(span[offset..]);
            if (tag == Head)
            {
                headOffset = offset;
            }

            offset += Pad4(data.Length);
        }

        if (headOffset >= 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(span[(headOffset + 8)..], unchecked(0xB1B0AFBA - Checksum(font)));
        }

        return font;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var i = 0;
        for (; i + 4 <= data.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        }

        if (i < data.Length)
        {
            Span<byte> last = stackalloc byte[4];
            last.Clear();
            data[i..].CopyTo(last);
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(last));
        }

        return sum;
    }

    private static int Pad4(int length) => (length + 3) & ~3;

    private static uint Tag(string tag) => (uint)((tag[0] << 24) | (tag[1] << 16) | (tag[2] << 8) | tag[3]);

    private static string TagName(uint tag) => new([(char)(tag >> 24), (char)((tag >> 16) & 0xFF), (char)((tag >> 8) & 0xFF), (char)(tag & 0xFF)]);
}

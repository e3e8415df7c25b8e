using System.Globalization;

namespace Remiv.Application.Documents.Layout;

/// <summary>An sRGB colour with opacity, for text, lines, borders and backgrounds.</summary>
public readonly record struct Rgb(byte R, byte G, byte B, byte A = 255)
{
    public static Rgb Black { get; } = new(0, 0, 0);

    public static Rgb White { get; } = new(255, 255, 255);

    public static Rgb DarkGrey { get; } = new(0x42, 0x42, 0x42);

    public static Rgb Grey { get; } = new(0x75, 0x75, 0x75);

    public static Rgb LightGrey { get; } = new(0xE0, 0xE0, 0xE0);

    /// <summary>"#1F4E79", "1F4E79" or with opacity "#801F4E79" (AARRGGBB).</summary>
    public static Rgb FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var s = hex.StartsWith('#') ? hex[1..] : hex;
        if ((s.Length != 6 && s.Length != 8) || !uint.TryParse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v))
        {
            throw new ArgumentException($"Couleur invalide « {hex} » : attendu #RRGGBB ou #AARRGGBB.", nameof(hex));
        }

        var a = s.Length == 8 ? (byte)(v >> 24) : (byte)255;
        return new Rgb((byte)(v >> 16), (byte)(v >> 8), (byte)v, a);
    }
}

namespace Remiv.Application.Documents.Layout;

/// <summary>
/// Text style; a property left null takes the value of the enclosing style (text default, then the page's, then
/// <see cref="Default"/>). Sizes in points. <see cref="LineHeight"/> multiplies the line height the fonts give.
/// </summary>
public sealed record TextStyle
{
    /// <summary>10 pt, regular, black, natural line height.</summary>
    public static TextStyle Default { get; } = new() { Size = 10, Bold = false, Italic = false, Color = Rgb.Black, LineHeight = 1 };

    private readonly float? _size;
    private readonly float? _lineHeight;

    /// <summary>Font size in points (finite, above 0).</summary>
    public float? Size
    {
        get => _size;
        init => _size = value is { } size ? Guard.Positive(size, nameof(Size)) : null;
    }

    public bool? Bold { get; init; }

    public bool? Italic { get; init; }

    public Rgb? Color { get; init; }

    /// <summary>Multiplies the natural line height (finite, above 0).</summary>
    public float? LineHeight
    {
        get => _lineHeight;
        init => _lineHeight = value is { } factor ? Guard.Positive(factor, nameof(LineHeight)) : null;
    }

    /// <summary>This style with the gaps filled from <paramref name="parent"/>.</summary>
    public TextStyle Over(TextStyle parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        return new TextStyle
        {
            Size = Size ?? parent.Size,
            Bold = Bold ?? parent.Bold,
            Italic = Italic ?? parent.Italic,
            Color = Color ?? parent.Color,
            LineHeight = LineHeight ?? parent.LineHeight,
        };
    }
}

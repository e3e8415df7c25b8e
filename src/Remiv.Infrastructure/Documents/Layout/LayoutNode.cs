using Remiv.Infrastructure.Documents.Fonts;
using Remiv.Infrastructure.Documents.Rendering;

namespace Remiv.Infrastructure.Documents.Layout;

/// <summary>A width and height in points.</summary>
internal readonly record struct Size(float Width, float Height);

internal enum PlanKind
{
    /// <summary>Nothing fits here: the element must start on the next page.</summary>
    Wrap,

    /// <summary>A part fits; the element keeps the state to resume on the next page.</summary>
    Partial,

    /// <summary>All (that is left) fits.</summary>
    Full,
}

/// <summary>The answer to <see cref="LayoutNode.Measure"/>: how much of the element fits, and the space it takes.</summary>
internal readonly record struct SpacePlan(PlanKind Kind, float Width, float Height)
{
    public static SpacePlan Wrap { get; } = new(PlanKind.Wrap, 0, 0);

    public static SpacePlan Partial(float width, float height) => new(PlanKind.Partial, width, height);

    public static SpacePlan Full(float width, float height) => new(PlanKind.Full, width, height);

    public bool IsWrap => Kind == PlanKind.Wrap;

    public bool IsFull => Kind == PlanKind.Full;
}

/// <summary>State shared by the nodes of one rendering.</summary>
internal sealed class LayoutContext(FontLibrary fonts)
{
    public FontLibrary Fonts { get; } = fonts;

    /// <summary>
    /// Set for a page on which the content could not place anything in the whole content area: tables may then split
    /// a row taller than the page, and ensure-space gives up its minimum.
    /// </summary>
    public bool Stuck { get; set; }

    /// <summary>The number of the page being laid out (from 1, counted over all page sets; 0 before the first).</summary>
    public int Page { get; set; }

    /// <summary>
    /// The height of the current page's content area (between header and footer): a table row taller than this, with
    /// the table's header, can never be drawn whole and is split where it comes.
    /// </summary>
    public float ContentHeight { get; set; } = LayoutNode.Unbounded;

    /// <summary>Incremented by every element that draws something or moves its state on; a page without progress stops the layout.</summary>
    public long Progress { get; set; }

    /// <summary>Images decoded for this rendering, disposed with it.</summary>
    public List<IDisposable> Resources { get; } = [];
}

/// <summary>
/// An element of the layout tree with its pagination state. Two phases: <see cref="Measure"/> says how much fits in a
/// space without changing anything; <see cref="Draw"/> records what fits in the box it is given (the plan's height)
/// and moves the state on, so the next page resumes where this one stopped. After a full draw a node is back to its
/// initial state (headers, footers and table headers are drawn again on the next page).
/// </summary>
internal abstract class LayoutNode
{
    /// <summary>Tolerance for comparisons of lengths (points).</summary>
    public const float Epsilon = 0.01f;

    /// <summary>A height no page reaches: measuring with it gives an element's natural height.</summary>
    public const float Unbounded = 1_000_000f;

    public abstract SpacePlan Measure(Size available);

    public abstract void Draw(PageContent page, float x, float y, Size box);

    /// <summary>What cannot fit when this node wraps on an empty page (French, for the error message).</summary>
    public virtual string Blocker(Size available) => "un élément";

    protected static float NaturalHeight(LayoutNode node, float width) => node.Measure(new Size(width, Unbounded)).Height;
}

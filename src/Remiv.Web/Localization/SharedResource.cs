namespace Remiv.Web;

/// <summary>
/// Marker for the interface's texts. French is the default and its text is the key;
/// <c>Resources/SharedResource.en.resx</c> gives the English. A missing translation shows the French.
/// </summary>
#pragma warning disable CA1812 // Used as a type argument of IStringLocalizer only.
internal sealed class SharedResource;
#pragma warning restore CA1812

namespace Remiv.Application.Documents.Layout;

/// <summary>Checks lengths given to the fluent API: a NaN or infinite length would make the layout meaningless.</summary>
internal static class Guard
{
    /// <summary>A finite length of at least 0 points.</summary>
    public static float Length(float value, string name) =>
        float.IsFinite(value) && value >= 0
            ? value
            : throw new ArgumentOutOfRangeException(name, value, "Une longueur est un nombre fini, positif ou nul (en points).");

    /// <summary>A finite length of more than 0 points.</summary>
    public static float Positive(float value, string name) =>
        float.IsFinite(value) && value > 0
            ? value
            : throw new ArgumentOutOfRangeException(name, value, "Une taille est un nombre fini strictement positif (en points).");
}

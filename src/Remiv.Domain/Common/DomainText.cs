namespace Remiv.Domain.Common;

/// <summary>Free text as the domain accepts it: trimmed, bounded, without invisible characters.</summary>
public static class DomainText
{
    public static string Required(string? value, string field, int maxLength, string whenEmpty, bool multiline = false) =>
        Optional(value, field, maxLength, multiline) ?? throw new DomainRuleException(field, whenEmpty);

    /// <summary>Trimmed text or null; names and codes take no line breaks, notes (<paramref name="multiline"/>) may.</summary>
    public static string? Optional(string? value, string field, int maxLength, bool multiline = false)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > maxLength)
        {
            throw new DomainRuleException(field, "Ce texte est trop long : raccourcissez-le.");
        }

        if (trimmed.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t')))
        {
            throw new DomainRuleException(field, "Ce texte contient des caractères invisibles : retapez-le.");
        }

        return trimmed;
    }
}

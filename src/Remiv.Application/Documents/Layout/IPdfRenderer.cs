namespace Remiv.Application.Documents.Layout;

/// <summary>
/// Turns a <see cref="DocumentSpec"/> (built with <see cref="Document.Create"/>) into a PDF. Implemented in
/// Infrastructure over SkiaSharp; thread-safe, registered as a singleton.
/// </summary>
/// <exception cref="DocumentLayoutException">The content cannot be laid out (an element taller than a page, too many pages).</exception>
public interface IPdfRenderer
{
    /// <summary>Lays out and renders the document; returns the PDF file's bytes.</summary>
    byte[] Render(DocumentSpec document);

    /// <summary>Lays out and renders the document into <paramref name="output"/> (left open).</summary>
    void Render(DocumentSpec document, Stream output);
}

/// <summary>
/// The document cannot be laid out. The message is in French and says what to change, e.g.
/// "Un élément est plus haut qu'une page : …". Raised instead of looping: an element that can never fit, a layout that
/// stops progressing, or more pages than <see cref="DocumentSpec.MaxPages"/>.
/// </summary>
public sealed class DocumentLayoutException : Exception
{
    /// <summary>What the user is told (the detailed message goes to the logs, not to the screen).</summary>
    public const string UserMessage =
        "Ce document ne peut pas être mis en page (un élément plus grand qu'une page). Choisissez une période plus courte ou moins de volets ; si cela revient, prévenez l'administration.";

    public DocumentLayoutException()
        : this("La mise en page du document est impossible.")
    {
    }

    public DocumentLayoutException(string message)
        : base(message)
    {
    }

    public DocumentLayoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

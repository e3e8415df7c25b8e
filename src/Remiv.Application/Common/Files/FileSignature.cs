namespace Remiv.Application.Common.Files;

/// <summary>The kinds of file the hub accepts, recognised from their first bytes, never from their name.</summary>
public enum AttachmentContentType
{
    Pdf,
    Jpeg,
    Png,
}

public static class FileSignature
{
    /// <summary>How many leading bytes <see cref="Detect"/> needs.</summary>
    public const int HeaderLength = 8;

    public static AttachmentContentType? Detect(ReadOnlySpan<byte> header) => header switch
    {
        [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => AttachmentContentType.Pdf, // "%PDF-"
        [0xFF, 0xD8, 0xFF, ..] => AttachmentContentType.Jpeg,
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => AttachmentContentType.Png,
        _ => null,
    };

    public static string MediaType(AttachmentContentType type) => type switch
    {
        AttachmentContentType.Pdf => "application/pdf",
        AttachmentContentType.Jpeg => "image/jpeg",
        AttachmentContentType.Png => "image/png",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}

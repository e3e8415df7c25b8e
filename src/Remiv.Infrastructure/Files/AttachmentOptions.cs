namespace Remiv.Infrastructure.Files;

/// <summary>Where uploaded documents are kept, encrypted, and where their master key comes from (section "Attachments").</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Attachments";

    /// <summary>The folder of the encrypted files, relative to the working directory unless absolute.</summary>
    public string Path { get; set; } = "data/attachments";

    /// <summary>
    /// The file holding the 32-byte master key, created on first start if missing. It must lie outside
    /// <see cref="Path"/> (the store refuses to start otherwise), and be backed up apart from the files:
    /// losing it loses every document.
    /// </summary>
    public string KeyFile { get; set; } = "data/keys/attachments.key";

    /// <summary>
    /// Optional: the master key itself, base64 of exactly 32 bytes (e.g. <c>openssl rand -base64 32</c>),
    /// from an environment variable or a secret store. When set, it takes precedence and <see cref="KeyFile"/> is not used.
    /// </summary>
    public string? Key { get; set; }
}

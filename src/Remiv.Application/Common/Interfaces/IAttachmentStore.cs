namespace Remiv.Application.Common.Interfaces;

/// <summary>
/// Uploaded documents (birth certificates, court decisions...), kept outside the database and
/// encrypted at rest with a key that is stored neither in the database nor beside the files.
/// </summary>
public interface IAttachmentStore
{
    /// <summary>Encrypts and stores the content; returns the key under which it can be opened again.</summary>
    Task<StoredAttachment> SaveAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>The decrypted content. Throws <see cref="AttachmentTamperedException"/> when the stored bytes were altered.</summary>
    Task<Stream> OpenAsync(string storageKey, CancellationToken cancellationToken);

    Task DeleteAsync(string storageKey, CancellationToken cancellationToken);
}

/// <param name="StorageKey">An opaque, random name (no personal data, no original file name).</param>
/// <param name="Length">The plaintext length in bytes.</param>
public sealed record StoredAttachment(string StorageKey, long Length);

public sealed class AttachmentTamperedException() : Exception("The stored attachment failed its integrity check.");

using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Remiv.Application.Common.Interfaces;

namespace Remiv.Infrastructure.Files;

/// <summary>
/// Keeps uploaded documents on disk, encrypted with AES-256-GCM in independently authenticated chunks
/// (see docs/adr/0006-attachment-encryption.md).
/// </summary>
/// <remarks>
/// <para>File format (<c>{Path}/{first 2 hex chars}/{storage key}.rmv</c>):</para>
/// <code>
/// "RMV1" | salt (16 bytes) | nonce prefix (4 bytes)          header, 24 bytes
/// then per chunk: ciphertext length (4 bytes, little-endian) | ciphertext | GCM tag (16 bytes)
/// </code>
/// <list type="bullet">
/// <item>The data key of a file is HKDF-SHA256(master key, salt): the master key never encrypts data itself.</item>
/// <item>A chunk holds at most <see cref="ChunkSize"/> bytes of plaintext; every chunk but the last is full.
/// An empty document still has one (empty) chunk.</item>
/// <item>Chunk nonce = nonce prefix | chunk index (8 bytes, big-endian).</item>
/// <item>Associated data = header | storage key | chunk index | final-chunk flag. So altering any byte,
/// reordering chunks, dropping the last chunks, appending bytes, or moving a file's content under another
/// storage key all fail the tag check.</item>
/// </list>
/// </remarks>
public sealed class EncryptedAttachmentStore : IAttachmentStore
{
    /// <summary>Plaintext bytes per chunk.</summary>
    public const int ChunkSize = 64 * 1024;

    private const int KeySize = 32;
    private const int SaltSize = 16;
    private const int NoncePrefixSize = 4;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int LengthFieldSize = 4;
    private const int HeaderSize = 4 + SaltSize + NoncePrefixSize;
    private const int StorageKeyLength = 2 * KeySize;
    private const string FileExtension = ".rmv";

    /// <summary>Decryption pre-allocates at most this much; larger documents grow the buffer as they are read.</summary>
    private const int MaxPreallocation = 16 * 1024 * 1024;

    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private static readonly byte[] Magic = "RMV1"u8.ToArray();
    private static readonly byte[] HkdfInfo = "Remiv attachment data key v1"u8.ToArray();
    private static readonly SearchValues<char> LowerHexDigits = SearchValues.Create("0123456789abcdef");

    private readonly string _root;
    private readonly byte[] _masterKey;

    /// <summary>Loads the master key (or creates the key file on first start).</summary>
    /// <exception cref="InvalidOperationException">The configuration is unusable: a malformed key, a key file of the
    /// wrong size, or a key file inside the attachments folder.</exception>
    public EncryptedAttachmentStore(IOptions<AttachmentOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.Path))
        {
            throw new InvalidOperationException("Attachments:Path must name the folder of the encrypted documents.");
        }

        _root = Path.GetFullPath(settings.Path);
        _masterKey = LoadMasterKey(settings);
    }

    /// <summary>
    /// The master key from Attachments:Key or Attachments:KeyFile (created on first start). Other protections of
    /// sensitive data derive their own keys from it, so one secret kept outside the database guards them all.
    /// </summary>
    internal static byte[] LoadMasterKey(AttachmentOptions settings)
    {
        if (!string.IsNullOrWhiteSpace(settings.Key))
        {
            return DecodeKey(settings.Key);
        }

        if (string.IsNullOrWhiteSpace(settings.KeyFile))
        {
            throw new InvalidOperationException("Set Attachments:KeyFile (a path outside Attachments:Path) or Attachments:Key (base64 of 32 bytes).");
        }

        return LoadOrCreateKeyFile(Path.GetFullPath(settings.KeyFile), Path.GetFullPath(settings.Path));
    }

    public async Task<StoredAttachment> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);

        var storageKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(KeySize));
        var finalPath = PathOf(storageKey);
        var folder = Path.GetDirectoryName(finalPath)!;
        CreateOwnerOnlyFolder(folder);

        // Written beside its final name, then renamed: a reader never sees a half-written file.
        var tempPath = Path.Combine(folder, storageKey + ".tmp");
        try
        {
            long length;
            await using (var file = new FileStream(tempPath, NewFileOptions(FileOptions.Asynchronous)))
            {
                length = await EncryptAsync(content, file, storageKey, cancellationToken);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            File.Move(tempPath, finalPath, overwrite: false);
            return new StoredAttachment(storageKey, length);
        }
        finally
        {
            TryDelete(tempPath); // Gone after the rename; removes a partial file after a failure or a cancellation.
        }
    }

    /// <summary>
    /// Decrypts the whole document into memory (documents are at most 10 MB) and returns it only once every
    /// chunk has passed its integrity check, so a caller never reads unauthenticated bytes.
    /// </summary>
    /// <exception cref="AttachmentTamperedException">The stored bytes were altered, truncated, or encrypted under another key.</exception>
    /// <exception cref="FileNotFoundException">Nothing is stored under <paramref name="storageKey"/>.</exception>
    public async Task<Stream> OpenAsync(string storageKey, CancellationToken cancellationToken)
    {
        var path = PathOf(storageKey);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("No attachment is stored under this key.", path);
        }

        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096,
            FileOptions.Asynchronous | FileOptions.SequentialScan);
        using var plaintext = new MemoryStream((int)Math.Clamp(file.Length - HeaderSize, 0, MaxPreallocation));
        await DecryptAsync(file, plaintext, storageKey, cancellationToken);
        return new MemoryStream(plaintext.GetBuffer(), 0, (int)plaintext.Length, writable: false);
    }

    public Task DeleteAsync(string storageKey, CancellationToken cancellationToken)
    {
        var path = PathOf(storageKey);
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        return Task.CompletedTask;
    }

    private async Task<long> EncryptAsync(Stream content, Stream output, string storageKey, CancellationToken cancellationToken)
    {
        var header = new byte[HeaderSize];
        Magic.CopyTo(header, 0);
        RandomNumberGenerator.Fill(header.AsSpan(Magic.Length));
        await output.WriteAsync(header, cancellationToken);

        using var aes = CreateCipher(header);
        var nonce = new byte[NonceSize];
        var associatedData = new byte[HeaderSize + StorageKeyLength + sizeof(long) + 1];

        // Reading one chunk ahead tells whether the current chunk is the last one.
        var current = new byte[ChunkSize];
        var next = new byte[ChunkSize];
        var chunk = new byte[LengthFieldSize + ChunkSize + TagSize];
        var currentCount = await content.ReadAtLeastAsync(current, ChunkSize, throwOnEndOfStream: false, cancellationToken);
        long length = 0;
        for (long index = 0; ; index++)
        {
            var nextCount = currentCount < ChunkSize
                ? 0
                : await content.ReadAtLeastAsync(next, ChunkSize, throwOnEndOfStream: false, cancellationToken);
            var isFinal = nextCount == 0;

            PrepareChunk(header, storageKey, index, isFinal, nonce, associatedData);
            BinaryPrimitives.WriteInt32LittleEndian(chunk, currentCount);
            aes.Encrypt(nonce, current.AsSpan(0, currentCount), chunk.AsSpan(LengthFieldSize, currentCount),
                chunk.AsSpan(LengthFieldSize + currentCount, TagSize), associatedData);
            await output.WriteAsync(chunk.AsMemory(0, LengthFieldSize + currentCount + TagSize), cancellationToken);
            length += currentCount;

            if (isFinal)
            {
                return length;
            }

            (current, next) = (next, current);
            currentCount = nextCount;
        }
    }

    private async Task DecryptAsync(FileStream input, MemoryStream output, string storageKey, CancellationToken cancellationToken)
    {
        var header = new byte[HeaderSize];
        if (await input.ReadAtLeastAsync(header, HeaderSize, throwOnEndOfStream: false, cancellationToken) < HeaderSize
            || !header.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new AttachmentTamperedException();
        }

        using var aes = CreateCipher(header);
        var nonce = new byte[NonceSize];
        var associatedData = new byte[HeaderSize + StorageKeyLength + sizeof(long) + 1];
        var lengthField = new byte[LengthFieldSize];
        var chunk = new byte[ChunkSize + TagSize];
        var plaintext = new byte[ChunkSize];
        for (long index = 0; ; index++)
        {
            // End of file before a chunk flagged final: the file was truncated.
            if (await input.ReadAtLeastAsync(lengthField, LengthFieldSize, throwOnEndOfStream: false, cancellationToken) < LengthFieldSize)
            {
                throw new AttachmentTamperedException();
            }

            var count = BinaryPrimitives.ReadInt32LittleEndian(lengthField);
            if (count is < 0 or > ChunkSize
                || await input.ReadAtLeastAsync(chunk.AsMemory(0, count + TagSize), count + TagSize, throwOnEndOfStream: false, cancellationToken) < count + TagSize)
            {
                throw new AttachmentTamperedException();
            }

            // The chunk is final when nothing follows it; the tag proves the writer flagged it so.
            var isFinal = input.Position == input.Length;
            PrepareChunk(header, storageKey, index, isFinal, nonce, associatedData);
            try
            {
                aes.Decrypt(nonce, chunk.AsSpan(0, count), chunk.AsSpan(count, TagSize), plaintext.AsSpan(0, count), associatedData);
            }
            catch (CryptographicException)
            {
                throw new AttachmentTamperedException();
            }

            await output.WriteAsync(plaintext.AsMemory(0, count), cancellationToken);
            if (isFinal)
            {
                return;
            }
        }
    }

    /// <summary>The file's AES-GCM cipher, keyed with HKDF-SHA256(master key, the header's salt).</summary>
    private AesGcm CreateCipher(byte[] header)
    {
        Span<byte> dataKey = stackalloc byte[KeySize];
        try
        {
            HKDF.DeriveKey(HashAlgorithmName.SHA256, _masterKey, dataKey, header.AsSpan(Magic.Length, SaltSize), HkdfInfo);
            return new AesGcm(dataKey, TagSize);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    /// <summary>Fills the chunk's nonce (prefix | index) and associated data (header | storage key | index | final flag).</summary>
    private static void PrepareChunk(byte[] header, string storageKey, long index, bool isFinal, byte[] nonce, byte[] associatedData)
    {
        header.AsSpan(Magic.Length + SaltSize, NoncePrefixSize).CopyTo(nonce);
        BinaryPrimitives.WriteInt64BigEndian(nonce.AsSpan(NoncePrefixSize), index);

        header.CopyTo(associatedData, 0);
        Encoding.ASCII.GetBytes(storageKey, associatedData.AsSpan(HeaderSize, StorageKeyLength));
        BinaryPrimitives.WriteInt64LittleEndian(associatedData.AsSpan(HeaderSize + StorageKeyLength), index);
        associatedData[^1] = isFinal ? (byte)1 : (byte)0;
    }

    /// <summary>Where a storage key's file lives. Only 64 lowercase hex characters are accepted, so no path can escape the folder.</summary>
    private string PathOf(string storageKey)
    {
        if (storageKey is not { Length: StorageKeyLength } || storageKey.AsSpan().ContainsAnyExcept(LowerHexDigits))
        {
            throw new ArgumentException("A storage key is 64 lowercase hexadecimal characters.", nameof(storageKey));
        }

        return Path.Combine(_root, storageKey[..2], storageKey + FileExtension);
    }

    private static byte[] DecodeKey(string base64)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            key = [];
        }

        if (key.Length != KeySize)
        {
            throw new InvalidOperationException(
                "Attachments:Key must be the base64 encoding of exactly 32 random bytes (for example the output of 'openssl rand -base64 32'). " +
                "Fix the setting, or remove it to use the key file named by Attachments:KeyFile.");
        }

        return key;
    }

    private static byte[] LoadOrCreateKeyFile(string keyFile, string root)
    {
        if (IsInside(keyFile, root))
        {
            throw new InvalidOperationException(
                $"The attachment key file ({keyFile}) lies inside the attachments folder ({root}). " +
                "Keep the key apart from the files it protects: set Attachments:KeyFile to a path outside Attachments:Path.");
        }

        if (!File.Exists(keyFile))
        {
            CreateKeyFile(keyFile);
        }

        var key = File.ReadAllBytes(keyFile);
        if (key.Length != KeySize)
        {
            throw new InvalidOperationException(
                $"The attachment key file ({keyFile}) must hold exactly {KeySize} bytes but holds {key.Length}. " +
                "Restore it from its backup: with another key, the stored documents cannot be read.");
        }

        return key;
    }

    /// <summary>
    /// Writes a new random key, readable by the owner only, to a temporary file renamed into place, so that a
    /// crash leaves no partial key and two instances starting together end up with the same key.
    /// </summary>
    private static void CreateKeyFile(string keyFile)
    {
        CreateOwnerOnlyFolder(Path.GetDirectoryName(keyFile)!);
        var tempPath = $"{keyFile}.{Guid.NewGuid():N}.tmp";
        var key = RandomNumberGenerator.GetBytes(KeySize);
        try
        {
            using (var stream = new FileStream(tempPath, NewFileOptions(FileOptions.None)))
            {
                stream.Write(key);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(tempPath, OwnerOnlyFile);
            }

            File.Move(tempPath, keyFile, overwrite: false);
        }
        catch (IOException) when (File.Exists(keyFile))
        {
            // Another instance created the key first: theirs is read by the caller.
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
            TryDelete(tempPath);
        }
    }

    private static bool IsInside(string path, string folder)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        folder = Path.TrimEndingDirectorySeparator(folder);
        return string.Equals(Path.TrimEndingDirectorySeparator(path), folder, comparison)
            || path.StartsWith(folder + Path.DirectorySeparatorChar, comparison);
    }

    /// <summary>A new file (never an existing one), created readable by the owner only on Unix.</summary>
    private static FileStreamOptions NewFileOptions(FileOptions options)
    {
        var result = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, Options = options };
        if (!OperatingSystem.IsWindows())
        {
            result.UnixCreateMode = OwnerOnlyFile;
        }

        return result;
    }

    private static void CreateOwnerOnlyFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, OwnerOnlyFolder);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: the temporary file is owner-only; the original error matters more.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Remiv.Application.Common.Interfaces;
using Remiv.Infrastructure.Files;

namespace Remiv.Web.Tests.Infrastructure;

public sealed class EncryptedAttachmentStoreTests
{
    private const string Secret = "ACTE DE NAISSANCE Abdoulaye Diallo ";

    private string _folder = null!;
    private string _attachments = null!;
    private string _keyFile = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Directory.CreateTempSubdirectory("remiv-attachments-").FullName;
        _attachments = Path.Combine(_folder, "attachments");
        _keyFile = Path.Combine(_folder, "keys", "attachments.key");
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(1000)]
    [TestCase(EncryptedAttachmentStore.ChunkSize)]
    [TestCase(EncryptedAttachmentStore.ChunkSize + 1)]
    [TestCase(3 * 1024 * 1024 + 17)]
    public async Task A_document_comes_back_byte_for_byte(int length)
    {
        var store = NewStore();
        var content = RandomNumberGenerator.GetBytes(length);

        var stored = await store.SaveAsync(new MemoryStream(content), CancellationToken.None);

        stored.Length.ShouldBe(length);
        (await ReadAllAsync(store, stored.StorageKey)).ShouldBe(content);
    }

    [Test]
    public async Task A_document_is_read_from_a_non_seekable_stream_of_small_reads()
    {
        var store = NewStore();
        var content = RandomNumberGenerator.GetBytes(200_000);

        var stored = await store.SaveAsync(new TrickleStream(content), CancellationToken.None);

        (await ReadAllAsync(store, stored.StorageKey)).ShouldBe(content);
    }

    [Test]
    public async Task The_storage_key_is_random_hex_and_the_returned_stream_is_read_only()
    {
        var store = NewStore();

        var first = await store.SaveAsync(new MemoryStream([1, 2, 3]), CancellationToken.None);
        var second = await store.SaveAsync(new MemoryStream([1, 2, 3]), CancellationToken.None);

        first.StorageKey.ShouldMatch("^[0-9a-f]{64}$");
        second.StorageKey.ShouldNotBe(first.StorageKey);
        await using var opened = await store.OpenAsync(first.StorageKey, CancellationToken.None);
        opened.CanWrite.ShouldBeFalse();
    }

    [Test]
    public async Task The_stored_bytes_do_not_contain_the_plaintext()
    {
        var store = NewStore();
        var content = FakeBirthCertificate();

        var stored = await store.SaveAsync(new MemoryStream(content), CancellationToken.None);

        var onDisk = await File.ReadAllBytesAsync(StoredFile(stored.StorageKey));
        onDisk.Length.ShouldBeGreaterThan(content.Length);
        var secret = Encoding.ASCII.GetBytes(Secret);
        for (var start = 0; start + 16 <= secret.Length; start++)
        {
            onDisk.AsSpan().IndexOf(secret.AsSpan(start, 16)).ShouldBe(-1, $"16 bytes of the plaintext from offset {start} appear in the stored file");
        }

        onDisk.AsSpan().IndexOf("%PDF"u8).ShouldBe(-1);
        Directory.EnumerateFiles(_attachments, "*", SearchOption.AllDirectories).ShouldHaveSingleItem("no temporary file is left behind");
    }

    [Test]
    public async Task The_key_file_is_created_with_32_bytes_for_the_owner_only_outside_the_attachments_folder()
    {
        var store = NewStore();
        await store.SaveAsync(new MemoryStream([42]), CancellationToken.None);

        File.Exists(_keyFile).ShouldBeTrue();
        (await File.ReadAllBytesAsync(_keyFile)).Length.ShouldBe(32);
        Path.GetFullPath(_keyFile).ShouldNotStartWith(Path.GetFullPath(_attachments));
        Directory.EnumerateFiles(_attachments, "*", SearchOption.AllDirectories).ShouldAllBe(f => !f.EndsWith(".key", StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(_keyFile).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Test]
    public async Task A_second_store_with_the_same_options_reads_what_the_first_wrote()
    {
        var content = FakeBirthCertificate();
        var stored = await NewStore().SaveAsync(new MemoryStream(content), CancellationToken.None);
        var keyBefore = await File.ReadAllBytesAsync(_keyFile);

        var reopened = NewStore();

        (await ReadAllAsync(reopened, stored.StorageKey)).ShouldBe(content);
        (await File.ReadAllBytesAsync(_keyFile)).ShouldBe(keyBefore);
    }

    [Test]
    public async Task A_store_with_another_key_cannot_open_the_documents()
    {
        var stored = await NewStore().SaveAsync(new MemoryStream(FakeBirthCertificate()), CancellationToken.None);

        var other = NewStore(key: Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

        await Should.ThrowAsync<AttachmentTamperedException>(() => other.OpenAsync(stored.StorageKey, CancellationToken.None));
    }

    [Test]
    public async Task A_configured_key_takes_precedence_and_no_key_file_is_written()
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var content = FakeBirthCertificate();

        var stored = await NewStore(key).SaveAsync(new MemoryStream(content), CancellationToken.None);

        File.Exists(_keyFile).ShouldBeFalse();
        (await ReadAllAsync(NewStore(key), stored.StorageKey)).ShouldBe(content);
    }

    [TestCase(0, TestName = "Flipping_a_byte_of_the_magic_number_is_detected")]
    [TestCase(6, TestName = "Flipping_a_byte_of_the_salt_is_detected")]
    [TestCase(21, TestName = "Flipping_a_byte_of_the_nonce_prefix_is_detected")]
    [TestCase(24, TestName = "Flipping_a_byte_of_a_chunk_length_is_detected")]
    [TestCase(27, TestName = "Flipping_the_high_byte_of_a_chunk_length_is_detected")]
    [TestCase(5000, TestName = "Flipping_a_byte_of_the_ciphertext_is_detected")]
    [TestCase(-1, TestName = "Flipping_the_last_byte_of_the_last_tag_is_detected")]
    public async Task Flipping_one_stored_byte_is_detected(int offset)
    {
        var store = NewStore();
        var stored = await store.SaveAsync(new MemoryStream(FakeBirthCertificate()), CancellationToken.None);
        var path = StoredFile(stored.StorageKey);
        var bytes = await File.ReadAllBytesAsync(path);

        bytes[offset >= 0 ? offset : bytes.Length + offset] ^= 0x01;
        await File.WriteAllBytesAsync(path, bytes);

        await Should.ThrowAsync<AttachmentTamperedException>(() => store.OpenAsync(stored.StorageKey, CancellationToken.None));
    }

    [Test]
    public async Task Dropping_the_last_chunk_is_detected()
    {
        var store = NewStore();
        const int lastChunk = 1000;
        var stored = await store.SaveAsync(new MemoryStream(RandomNumberGenerator.GetBytes(2 * EncryptedAttachmentStore.ChunkSize + lastChunk)), CancellationToken.None);
        var path = StoredFile(stored.StorageKey);

        // The last chunk is its length field, its ciphertext and its tag: what remains ends on a whole, valid, non-final chunk.
        await Truncate(path, 4 + lastChunk + 16);

        await Should.ThrowAsync<AttachmentTamperedException>(() => store.OpenAsync(stored.StorageKey, CancellationToken.None));
    }

    [TestCase(1)]
    [TestCase(16)]
    [TestCase(100)]
    public async Task Cutting_bytes_off_the_end_is_detected(int bytes)
    {
        var store = NewStore();
        var stored = await store.SaveAsync(new MemoryStream(FakeBirthCertificate()), CancellationToken.None);

        await Truncate(StoredFile(stored.StorageKey), bytes);

        await Should.ThrowAsync<AttachmentTamperedException>(() => store.OpenAsync(stored.StorageKey, CancellationToken.None));
    }

    [Test]
    public async Task Appending_bytes_after_the_final_chunk_is_detected()
    {
        var store = NewStore();
        var stored = await store.SaveAsync(new MemoryStream(FakeBirthCertificate()), CancellationToken.None);
        var path = StoredFile(stored.StorageKey);

        await File.AppendAllTextAsync(path, "trailing");

        await Should.ThrowAsync<AttachmentTamperedException>(() => store.OpenAsync(stored.StorageKey, CancellationToken.None));
    }

    [Test]
    public async Task A_document_copied_under_another_documents_name_is_detected()
    {
        var store = NewStore();
        var a = await store.SaveAsync(new MemoryStream(FakeBirthCertificate()), CancellationToken.None);
        var b = await store.SaveAsync(new MemoryStream(RandomNumberGenerator.GetBytes(500)), CancellationToken.None);

        File.Copy(StoredFile(a.StorageKey), StoredFile(b.StorageKey), overwrite: true);

        await Should.ThrowAsync<AttachmentTamperedException>(() => store.OpenAsync(b.StorageKey, CancellationToken.None));
    }

    [Test]
    public async Task A_garbage_file_is_reported_as_tampered_not_as_a_crash()
    {
        var store = NewStore();
        var stored = await store.SaveAsync(new MemoryStream([1]), CancellationToken.None);

        await File.WriteAllBytesAsync(StoredFile(stored.StorageKey), "RMV"u8.ToArray());

        await Should.ThrowAsync<AttachmentTamperedException>(() => store.OpenAsync(stored.StorageKey, CancellationToken.None));
    }

    [TestCase("../../keys/attachments.key")]
    [TestCase("../aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [TestCase("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [TestCase("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [TestCase("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [TestCase("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/..")]
    [TestCase("")]
    public async Task A_malformed_storage_key_is_refused(string storageKey)
    {
        var store = NewStore();

        await Should.ThrowAsync<ArgumentException>(() => store.OpenAsync(storageKey, CancellationToken.None));
        await Should.ThrowAsync<ArgumentException>(() => store.DeleteAsync(storageKey, CancellationToken.None));
    }

    [Test]
    public async Task A_deleted_document_can_no_longer_be_opened()
    {
        var store = NewStore();
        var stored = await store.SaveAsync(new MemoryStream(FakeBirthCertificate()), CancellationToken.None);

        await store.DeleteAsync(stored.StorageKey, CancellationToken.None);
        await store.DeleteAsync(stored.StorageKey, CancellationToken.None);

        await Should.ThrowAsync<FileNotFoundException>(() => store.OpenAsync(stored.StorageKey, CancellationToken.None));
        await Should.ThrowAsync<FileNotFoundException>(() => store.OpenAsync(new string('0', 64), CancellationToken.None));
    }

    [TestCase("not base64 at all")]
    [TestCase("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHg==")]
    [TestCase("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8g")]
    public void A_configured_key_that_is_not_32_bytes_of_base64_is_refused(string key)
    {
        var exception = Should.Throw<InvalidOperationException>(() => NewStore(key));

        exception.Message.ShouldContain("Attachments:Key");
        exception.Message.ShouldNotContain(key);
    }

    [Test]
    public void A_key_file_of_the_wrong_size_is_refused()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_keyFile)!);
        File.WriteAllBytes(_keyFile, new byte[31]);

        Should.Throw<InvalidOperationException>(() => NewStore()).Message.ShouldContain("32 bytes");
    }

    [Test]
    public void A_key_file_inside_the_attachments_folder_is_refused()
    {
        _keyFile = Path.Combine(_attachments, "keys", "attachments.key");

        Should.Throw<InvalidOperationException>(() => NewStore()).Message.ShouldContain("inside the attachments folder");
        File.Exists(_keyFile).ShouldBeFalse();
    }

    private EncryptedAttachmentStore NewStore(string? key = null) =>
        new(Options.Create(new AttachmentOptions { Path = _attachments, KeyFile = _keyFile, Key = key }));

    private string StoredFile(string storageKey) =>
        Directory.EnumerateFiles(_attachments, "*", SearchOption.AllDirectories).Single(f => Path.GetFileName(f).StartsWith(storageKey, StringComparison.Ordinal));

    private static async Task<byte[]> ReadAllAsync(EncryptedAttachmentStore store, string storageKey)
    {
        await using var opened = await store.OpenAsync(storageKey, CancellationToken.None);
        using var copy = new MemoryStream();
        await opened.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static async Task Truncate(string path, int bytes)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
        file.SetLength(file.Length - bytes);
    }

    /// <summary>A PDF-looking document, several chunks long, repeating a recognisable (fictional) name.</summary>
    private static byte[] FakeBirthCertificate()
    {
        var text = new StringBuilder("%PDF-1.7\n");
        while (text.Length < 3 * EncryptedAttachmentStore.ChunkSize)
        {
            text.Append(Secret);
        }

        return Encoding.ASCII.GetBytes(text.Append("\n%%EOF\n").ToString());
    }

    /// <summary>A forward-only stream that hands out at most 1000 bytes per read, like a network upload.</summary>
    private sealed class TrickleStream(byte[] content) : Stream
    {
        private int _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, 1000), content.Length - _position);
            Array.Copy(content, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

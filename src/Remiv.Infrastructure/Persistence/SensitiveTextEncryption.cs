using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;
using Remiv.Domain.Psychology;
using Remiv.Domain.Youths;
using Remiv.Infrastructure.Files;

namespace Remiv.Infrastructure.Persistence;

/// <summary>
/// Which text is sensitive, and its AES-256-GCM protection: the psychological track's entries (text, next step,
/// partner) and situation, the reasons of requests for follow-up, and psychologists' session notes. The key is derived from the master key kept outside the database, and each ciphertext
/// is bound to its row and field, so copied elsewhere it no longer decrypts.
/// </summary>
public sealed class SensitiveTextCipher(IOptions<AttachmentOptions> options)
{
    public const string Prefix = "enc1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private static readonly byte[] Info = "Remiv sensitive text key v1"u8.ToArray();
    private static readonly string[] EntryFields = [nameof(FollowUpEntry.Text), nameof(FollowUpEntry.NextStep), nameof(FollowUpEntry.Partner)];
    private static readonly string[] SituationFields = [nameof(TrackSituation.Summary)];
    private static readonly string[] RequestFields = [nameof(FollowUpRequest.Reason)];
    private static readonly string[] NoteFields = [nameof(SessionNote.Text)];

    private readonly byte[] _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, EncryptedAttachmentStore.LoadMasterKey(options.Value), 32, [], Info);

    /// <summary>The sensitive fields of this entity, or null when it holds none.</summary>
    public static string[]? FieldsOf(object entity) => entity switch
    {
        FollowUpEntry { Track: Track.Psychological } => EntryFields,
        TrackSituation { Track: Track.Psychological } => SituationFields,
        FollowUpRequest => RequestFields,
        SessionNote => NoteFields,
        _ => null,
    };

    public static string IdOf(object entity) => entity switch
    {
        FollowUpEntry e => e.Id.ToString("N"),
        TrackSituation s => s.Id.ToString("N"),
        FollowUpRequest r => r.Id.ToString("N"),
        SessionNote n => n.Id.ToString("N"),
        _ => string.Empty,
    };

    /// <summary>Shown instead of a value that no longer decrypts (altered, copied from another row, or another key).</summary>
    public const string Unreadable = "(texte illisible : contactez l'administration)";

    public static bool IsProtected(string value) => value.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The plain text, or null when the stored value is malformed or fails its authentication.</summary>
    public string? TryUnprotect(string stored, string id, string field)
    {
        try
        {
            return Unprotect(stored, id, field);
        }
        catch (Exception failure) when (failure is FormatException or CryptographicException or ArgumentException)
        {
            return null;
        }
    }

    public string Protect(string plain, string id, string field)
    {
        var clear = Encoding.UTF8.GetBytes(plain);
        var output = new byte[NonceSize + clear.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, clear, output.AsSpan(NonceSize, clear.Length), output.AsSpan(NonceSize + clear.Length), Context(id, field));
        return Prefix + Convert.ToBase64String(output);
    }

    /// <exception cref="AuthenticationTagMismatchException">The value was altered, or belongs to another row or field.</exception>
    public string Unprotect(string stored, string id, string field)
    {
        var data = Convert.FromBase64String(stored[Prefix.Length..]);
        var clear = new byte[data.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(data.AsSpan(0, NonceSize), data.AsSpan(NonceSize, clear.Length), data.AsSpan(NonceSize + clear.Length), clear, Context(id, field));
        return Encoding.UTF8.GetString(clear);
    }

    private static byte[] Context(string id, string field) => Encoding.UTF8.GetBytes(id + "/" + field);
}

/// <summary>
/// Reads sensitive text back in clear as entities are loaded. EF keys its internal services on this instance, so
/// there is one for the process; each context's own cipher comes from that context's application services.
/// </summary>
internal sealed class SensitiveTextDecryption : IMaterializationInterceptor
{
    public static readonly SensitiveTextDecryption Instance = new();

    private SensitiveTextDecryption()
    {
    }

    public object InitializedInstance(MaterializationInterceptionData materializationData, object entity)
    {
        if (SensitiveTextCipher.FieldsOf(entity) is { } fields)
        {
            var cipher = materializationData.Context.GetService<SensitiveTextCipher>();
            var id = SensitiveTextCipher.IdOf(entity);
            foreach (var field in fields)
            {
                var member = materializationData.EntityType.FindProperty(field)!.PropertyInfo!;
                if (member.GetValue(entity) is string stored && SensitiveTextCipher.IsProtected(stored))
                {
                    member.SetValue(entity, cipher.TryUnprotect(stored, id, field) ?? SensitiveTextCipher.Unreadable);
                }
            }
        }

        return entity;
    }
}

/// <summary>
/// Writes sensitive text as ciphertext and gives the entities their plain text back once saved. The rest of the
/// code never sees ciphertext as long as it reads entities, not raw columns, of these types.
/// </summary>
internal sealed class SensitiveTextEncryption(SensitiveTextCipher cipher) : SaveChangesInterceptor
{
    private readonly List<(PropertyEntry Property, string Plain)> _written = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Protect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Protect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Restore(saved: true);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Restore(saved: true);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Restore(saved: false);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Restore(saved: false);
        return Task.CompletedTask;
    }

    private void Protect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList())
        {
            if (SensitiveTextCipher.FieldsOf(entry.Entity) is not { } fields)
            {
                continue;
            }

            var id = SensitiveTextCipher.IdOf(entry.Entity);
            var trackChanged = entry.Metadata.FindProperty(nameof(FollowUpEntry.Track)) is not null && entry.Property(nameof(FollowUpEntry.Track)).IsModified;
            foreach (var field in fields)
            {
                // In memory the value is always plain text (loading decrypted it), even one a user typed starting
                // with the prefix: it is encrypted like any other.
                var property = entry.Property(field);
                if (property.CurrentValue is not string plain
                    || (plain == SensitiveTextCipher.Unreadable && property.OriginalValue is string kept && SensitiveTextCipher.IsProtected(kept)))
                {
                    // An unreadable stored value is left as it is, for the administrator to investigate.
                    continue;
                }

                // A loaded row may keep its stored ciphertext as original value: unchanged text is not rewritten.
                if (entry.State == EntityState.Modified && !trackChanged && property.OriginalValue is string original
                    && (original == plain || (SensitiveTextCipher.IsProtected(original) && cipher.TryUnprotect(original, id, field) == plain)))
                {
                    property.OriginalValue = plain;
                    property.IsModified = false;
                    continue;
                }

                _written.Add((property, plain));
                property.CurrentValue = cipher.Protect(plain, id, field);
            }
        }
    }

    private void Restore(bool saved)
    {
        foreach (var (property, plain) in _written)
        {
            property.CurrentValue = plain;
            if (saved)
            {
                property.OriginalValue = plain;
                property.IsModified = false;
            }
        }

        _written.Clear();
    }
}

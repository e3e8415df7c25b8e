using Remiv.Domain.Common;

namespace Remiv.Domain.Youths;

/// <summary>Where one document of the checklist stands for a young person. A kind with no line is missing.</summary>
public sealed class YouthDocument
{
    public const int NoteMaxLength = 300;

    private YouthDocument()
    {
    }

    public Guid Id { get; private set; }

    public Guid YouthId { get; private set; }

    public DocumentKind Kind { get; private set; }

    public DocumentStatus Status { get; private set; }

    public DateOnly? ExpiryDate { get; private set; }

    public string? Note { get; private set; }

    public Guid? UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public static YouthDocument Record(Youth youth, DocumentKind kind, DocumentStatus status, DateOnly? expiry, string? note, Guid? updatedBy, DateTimeOffset now)
    {
        youth.EnsureOpen();
        if (!Enum.IsDefined(kind))
        {
            throw new DomainRuleException(nameof(Kind), "Ce type de document n'existe pas.");
        }

        var document = new YouthDocument { Id = Guid.NewGuid(), YouthId = youth.Id, Kind = kind };
        document.Apply(status, expiry, note, updatedBy, now);
        return document;
    }

    /// <summary>An obtained document past its expiry date counts as expired.</summary>
    public DocumentStatus StatusOn(DateOnly day) =>
        Status == DocumentStatus.Obtained && ExpiryDate is { } expiry && expiry < day ? DocumentStatus.Expired : Status;

    public void Update(Youth youth, DocumentStatus status, DateOnly? expiry, string? note, Guid? updatedBy, DateTimeOffset now)
    {
        youth.EnsureOpen();
        Apply(status, expiry, note, updatedBy, now);
        Version++;
    }

    private void Apply(DocumentStatus status, DateOnly? expiry, string? note, Guid? updatedBy, DateTimeOffset now)
    {
        if (!Enum.IsDefined(status))
        {
            throw new DomainRuleException(nameof(Status), "Choisissez une valeur dans la liste.");
        }

        if (expiry is not null && status is DocumentStatus.Missing or DocumentStatus.Requested)
        {
            throw new DomainRuleException(nameof(ExpiryDate), "Une date d'expiration ne s'indique que pour un document obtenu ou expiré.");
        }

        var cleanedNote = DomainText.Optional(note, nameof(Note), NoteMaxLength);
        Status = status;
        ExpiryDate = expiry;
        Note = cleanedNote;
        UpdatedBy = updatedBy;
        UpdatedAt = now;
    }
}

/// <summary>An uploaded file (PDF, JPEG, PNG), stored encrypted outside the database under <see cref="StorageKey"/>.</summary>
public sealed class Attachment
{
    public const long MaxLength = 10 * 1024 * 1024;
    public const int FileNameMaxLength = 200;

    private Attachment()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        StorageKey = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid YouthId { get; private set; }

    public DocumentKind? DocumentKind { get; private set; }

    public string FileName { get; private set; }

    /// <summary>The media type recognised from the content, never taken from the name.</summary>
    public string ContentType { get; private set; }

    public long Length { get; private set; }

    public string StorageKey { get; private set; }

    public Guid UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public static Attachment Register(Youth youth, DocumentKind? kind, string fileName, string contentType, long length, string storageKey, Guid uploadedBy, DateTimeOffset now)
    {
        youth.EnsureOpen();
        if (length is <= 0 or > MaxLength)
        {
            throw new DomainRuleException("File", "Le fichier doit faire au plus 10 Mo et ne pas être vide.");
        }

        if (kind is { } k && !Enum.IsDefined(k))
        {
            throw new DomainRuleException(nameof(DocumentKind), "Ce type de document n'existe pas.");
        }

        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        return new Attachment
        {
            Id = Guid.NewGuid(),
            YouthId = youth.Id,
            DocumentKind = kind,
            FileName = DomainText.Optional(name.Length > FileNameMaxLength ? name[^FileNameMaxLength..] : name, "File", FileNameMaxLength) ?? "document",
            ContentType = contentType,
            Length = length,
            StorageKey = storageKey,
            UploadedBy = uploadedBy,
            UploadedAt = now,
        };
    }
}

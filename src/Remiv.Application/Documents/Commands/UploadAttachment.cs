using FluentValidation;
using Mediator;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Files;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.Documents.Commands;

/// <summary>
/// Adds a scanned document to a file: PDF, JPEG or PNG up to 10 MB, recognised from its content (a file that
/// lies about its type is refused), stored encrypted. If saving its record fails, the stored file is removed.
/// </summary>
[RequiresPermission(Permission.ManageDocuments)]
public sealed record UploadAttachment(Guid YouthId, DocumentKind? Kind, string FileName, long Length, Stream Content) : ICommand<Guid>;

public sealed class UploadAttachmentValidator : AbstractValidator<UploadAttachment>
{
    public UploadAttachmentValidator()
    {
        RuleFor(c => c.Length).GreaterThan(0).WithMessage("Le fichier est vide. Choisissez un autre fichier.")
            .LessThanOrEqualTo(Attachment.MaxLength).WithMessage("Le fichier dépasse 10 Mo. Réduisez-le (scan en 150 dpi, PDF compressé) puis réessayez.");
        RuleFor(c => c.Kind).IsInEnum().When(c => c.Kind is not null).WithMessage("Ce type de document n'existe pas.");
    }
}

public sealed class UploadAttachmentHandler(IApplicationDbContext db, YouthAccess access, IAttachmentStore store, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<UploadAttachment, Guid>
{
    public async ValueTask<Guid> Handle(UploadAttachment command, CancellationToken cancellationToken)
    {
        var youth = await access.LoadAsync(command.YouthId, cancellationToken);
        youth.EnsureOpen();

        await using var buffered = new MemoryStream();
        await command.Content.CopyToAsync(buffered, cancellationToken);
        if (buffered.Length is 0 or > Attachment.MaxLength)
        {
            throw new RequestValidationException("File", "Le fichier doit faire au plus 10 Mo et ne pas être vide.");
        }

        var type = FileSignature.Detect(buffered.GetBuffer().AsSpan(0, (int)Math.Min(FileSignature.HeaderLength, buffered.Length)))
                   ?? throw new RequestValidationException("File", "Ce fichier n'est ni un PDF, ni une image JPEG ou PNG (son contenu a été vérifié, pas seulement son nom).");
        buffered.Position = 0;
        var stored = await store.SaveAsync(buffered, cancellationToken);
        try
        {
            var attachment = Attachment.Register(youth, command.Kind, command.FileName, FileSignature.MediaType(type), stored.Length,
                stored.StorageKey, access.UserId, clock.GetUtcNow());
            db.Attachments.Add(attachment);
            audit.Record("attachment.uploaded", "Attachment", attachment.Id.ToString());
            await db.SaveChangesAsync(cancellationToken);
            return attachment.Id;
        }
        catch
        {
            await store.DeleteAsync(stored.StorageKey, CancellationToken.None);
            throw;
        }
    }
}

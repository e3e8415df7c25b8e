using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Security;

namespace Remiv.Application.Documents.Queries;

/// <summary>An attachment's decrypted content, for someone who may see the young person's documents. Every download is audited.</summary>
[RequiresPermission(Permission.ManageDocuments)]
public sealed record DownloadAttachment(Guid AttachmentId) : IQuery<AttachmentDownload>;

public sealed record AttachmentDownload(string FileName, string ContentType, Stream Content);

public sealed class DownloadAttachmentHandler(IApplicationDbContext db, YouthAccess access, IAttachmentStore store, IAuditLog audit)
    : IQueryHandler<DownloadAttachment, AttachmentDownload>
{
    public async ValueTask<AttachmentDownload> Handle(DownloadAttachment query, CancellationToken cancellationToken)
    {
        var visible = access.VisibleYouths().Select(y => y.Id);
        var attachment = await db.Attachments.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == query.AttachmentId && visible.Contains(a.YouthId), cancellationToken) ?? throw new NotFoundException();
        var content = await store.OpenAsync(attachment.StorageKey, cancellationToken);
        audit.Record("attachment.downloaded", "Attachment", attachment.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return new AttachmentDownload(attachment.FileName, attachment.ContentType, content);
    }
}

using Microsoft.AspNetCore.Mvc;
using Remiv.Application.Documents.Queries;
using Remiv.Domain.Security;
using Remiv.Web.Security;

namespace Remiv.Web.Pages.Jeunes;

/// <summary>
/// An attachment, decrypted, always as a download (never shown inline, the browser does not guess its type).
/// Whoever may not download it learns nothing, not even that it exists: 404.
/// </summary>
[RequirePermission(Permission.ViewYouths)]
public sealed class PieceModel : RemivPageModel
{
    public async Task<IActionResult> OnGetAsync(Guid attachmentId)
    {
        var sent = await SendAsync(new DownloadAttachment(attachmentId));
        if (sent.Value is not { } download)
        {
            return sent.Refusal is ChallengeResult ? sent.Refusal : NotFound();
        }

        // FileStreamResult writes "Content-Disposition: attachment" with the stored name and disposes the stream.
        return File(download.Content, download.ContentType, download.FileName);
    }
}

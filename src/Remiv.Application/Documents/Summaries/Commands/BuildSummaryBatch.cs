using System.IO.Compression;
using System.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Documents.Layout;
using Remiv.Application.Documents.Summaries.Queries;
using Remiv.Domain.Common;
using Remiv.Domain.Documents;
using Remiv.Domain.Security;

namespace Remiv.Application.Documents.Summaries.Commands;

/// <summary>
/// Builds a queued batch (the background job, sent by the system). Each summary is generated AS THE REQUESTER
/// (<see cref="IAccountScope"/>: their current roles, the same <see cref="GenerateCaseSummary"/> and rules as the pages), so
/// the zip holds what they may see now, no more. Progress is saved after each summary, in its own short transaction (so
/// this is not a command of the unit of work). The zip ("synthese-01.pdf", … in the batch's order; nothing personal in a
/// file name) is stored encrypted, then the batch is ready for 24 hours.
/// <list type="bullet">
/// <item>A requester deactivated (or who lost the right to generate summaries, or to read a track asked for) before or during
/// the build: the batch fails.</item>
/// <item>A summary that cannot be laid out: the batch fails (another attempt would fail the same way).</item>
/// <item>Any other failure (database, disk, shutdown): the job fails as it stands and Hangfire runs it again, from the start.</item>
/// <item>A young person the requester no longer sees: left out, and a note in the zip says how many (never who).</item>
/// <item>A batch already built, failed or expired: nothing to do (a job run twice builds once).</item>
/// <item>A batch not saved yet (the job started before the request's transaction ended): "not found", and the job is retried.</item>
/// </list>
/// </summary>
[RequiresPermission(Permission.RunScheduledJobs)]
public sealed record BuildSummaryBatch(Guid BatchId) : IRequest<PreparedFileStatus>;

public sealed class BuildSummaryBatchHandler(
    IApplicationDbContext db,
    IIdentityService identity,
    IAccountScope accounts,
    IAttachmentStore store,
    TimeProvider clock) : IRequestHandler<BuildSummaryBatch, PreparedFileStatus>
{
    public const string NoteFileName = "A-LIRE.txt";

    public static string EntryName(int number) => $"synthese-{number:00}.pdf";

    public async ValueTask<PreparedFileStatus> Handle(BuildSummaryBatch request, CancellationToken cancellationToken)
    {
        var batch = await db.SummaryBatches.FirstOrDefaultAsync(b => b.Id == request.BatchId, cancellationToken) ?? throw new NotFoundException();
        if (batch.Status is not (PreparedFileStatus.Queued or PreparedFileStatus.Running))
        {
            return batch.Status;
        }

        var requester = await identity.FindUserAsync(batch.RequestedBy, cancellationToken);
        if (requester is not { IsActive: true })
        {
            return await FailAsync(batch, cancellationToken);
        }

        batch.Start();
        await db.SaveChangesAsync(cancellationToken);

        // In memory (200 summaries are about 20 MB), never a plain file on disk: it goes encrypted to the store.
        await using var zipFile = new MemoryStream();
        var written = 0;
        var skipped = 0;
        var unreadable = 0;
        using (var zip = new ZipArchive(zipFile, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < batch.YouthIds.Count; i++)
            {
                GeneratedDocument document;
                try
                {
                    document = await accounts.QueryAsAsync(
                        batch.RequestedBy, new GenerateCaseSummary(batch.YouthIds[i], batch.Tracks.Count > 0 ? batch.Tracks : null, batch.From, batch.To), cancellationToken);
                }
                catch (NotFoundException)
                {
                    // No longer in the requester's files (they left the follow-up group): left out, never shown to them.
                    skipped++;
                    await AdvanceAsync(batch, i + 1, cancellationToken);
                    continue;
                }
                catch (DocumentLayoutException)
                {
                    // This one summary cannot be laid out: left out and counted, the others still go.
                    unreadable++;
                    await AdvanceAsync(batch, i + 1, cancellationToken);
                    continue;
                }
                catch (Exception refused) when (refused is ForbiddenAccessException or NotSignedInException or RequestValidationException)
                {
                    // The requester was deactivated, or lost the right or a track asked for meanwhile. Trying again would not
                    // help: the batch fails, its requester sees it and may ask again.
                    return await FailAsync(batch, cancellationToken);
                }

                written++;
                var entry = zip.CreateEntry(EntryName(written), CompressionLevel.NoCompression);
                await using (var stream = await entry.OpenAsync(cancellationToken))
                {
                    await stream.WriteAsync(document.Content, cancellationToken);
                }

                await AdvanceAsync(batch, i + 1, cancellationToken);
            }

            if (written == 0)
            {
                return await FailAsync(batch, cancellationToken);
            }

            if (skipped > 0 || unreadable > 0)
            {
                var note = zip.CreateEntry(NoteFileName, CompressionLevel.Optimal);
                await using var stream = await note.OpenAsync(cancellationToken);
                await stream.WriteAsync(Encoding.UTF8.GetBytes(SkippedNote(skipped, unreadable)), cancellationToken);
            }
        }

        zipFile.Position = 0;
        var stored = await store.SaveAsync(zipFile, cancellationToken);
        try
        {
            batch.Complete(stored.StorageKey, stored.Length, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // Not recorded: the file would be reachable by nobody and never purged.
            await store.DeleteAsync(stored.StorageKey, CancellationToken.None);
            throw;
        }

        return batch.Status;
    }

    /// <summary>The note added to the zip when some files were left out: how many, never who.</summary>
    public static string SkippedNote(int skipped, int unreadable = 0) =>
        (skipped switch
        {
            0 => string.Empty,
            1 => "1 jeune de la série ne fait plus partie des dossiers que vous pouvez consulter : sa synthèse n'est pas dans ce fichier.\r\n",
            _ => $"{skipped} jeunes de la série ne font plus partie des dossiers que vous pouvez consulter : leurs synthèses ne sont pas dans ce fichier.\r\n",
        })
        + (unreadable switch
        {
            0 => string.Empty,
            1 => "1 synthèse n'a pas pu être mise en page : faites-la depuis le dossier du jeune, ou signalez-le à l'administration.\r\n",
            _ => $"{unreadable} synthèses n'ont pas pu être mises en page : faites-les depuis les dossiers, ou signalez-le à l'administration.\r\n",
        });

    private async Task AdvanceAsync(SummaryBatch batch, int done, CancellationToken cancellationToken)
    {
        batch.Advance(done);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<PreparedFileStatus> FailAsync(SummaryBatch batch, CancellationToken cancellationToken)
    {
        batch.Fail(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return batch.Status;
    }
}

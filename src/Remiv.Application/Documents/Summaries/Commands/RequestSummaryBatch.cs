using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Common.Security;
using Remiv.Application.Youths.Access;
using Remiv.Domain.Documents;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;

namespace Remiv.Application.Documents.Summaries.Commands;

/// <summary>
/// Queues the summaries of several young people, to be built in the background into one zip for the requester
/// (<see cref="BuildSummaryBatch"/>). Every young person must be one the requester sees, and every track one they may read:
/// otherwise nothing is queued, with a message that does not say which file (nor whether it exists). The job is handed to
/// the queue at the end of the command; should it start before the batch is saved, it finds nothing yet and is retried.
/// </summary>
[RequiresPermission(Permission.GenerateSummaryBatches)]
public sealed record RequestSummaryBatch(IReadOnlyList<Guid> YouthIds, IReadOnlyList<Track>? Tracks = null, DateOnly? From = null, DateOnly? To = null)
    : ICommand<Guid>, ISummaryScope;

public sealed class RequestSummaryBatchValidator : AbstractValidator<RequestSummaryBatch>
{
    public RequestSummaryBatchValidator(TimeProvider clock)
    {
        Include(new SummaryScopeRules(clock));
        RuleFor(r => r.YouthIds).Must(ids => ids is { Count: > 0 }).WithMessage("Cochez au moins un jeune.");
        RuleFor(r => r.YouthIds).Must(ids => ids is null || ids.Distinct().Count() <= SummaryBatch.MaxYouths)
            .WithMessage("Une série compte au plus 200 jeunes : faites-en plusieurs.");
    }
}

public sealed class RequestSummaryBatchHandler(
    IApplicationDbContext db,
    YouthAccess access,
    ISummaryBatchQueue queue,
    IAuditLog audit,
    TimeProvider clock) : ICommandHandler<RequestSummaryBatch, Guid>
{
    public const string AuditAction = "summaries.batch-requested";

    public const string PsychologicalRefused =
        "Le volet psychologique ne va pas dans une série de synthèses : faites la synthèse de chaque jeune depuis son dossier.";

    public async ValueTask<Guid> Handle(RequestSummaryBatch command, CancellationToken cancellationToken)
    {
        var tracks = command.Tracks is { Count: > 0 } chosen ? chosen.Distinct().ToList() : [.. Enum.GetValues<Track>().Where(access.CanRead)];
        if (tracks.Any(t => !access.CanRead(t)))
        {
            throw new RequestValidationException(nameof(RequestSummaryBatch.Tracks), "Choisissez seulement des volets que vous pouvez consulter.");
        }

        // A batch is made to be handed on: the psychological track never goes in one (a psychologist's own summary is
        // made one at a time). The tracks are fixed now, so that a role gained before the job runs widens nothing.
        if (tracks.Contains(Track.Psychological))
        {
            throw new RequestValidationException(nameof(RequestSummaryBatch.Tracks), PsychologicalRefused);
        }

        if (tracks.Count == 0)
        {
            throw new RequestValidationException(nameof(RequestSummaryBatch.Tracks), "Cochez au moins un volet.");
        }

        var wanted = command.YouthIds.Distinct().ToList();
        var visible = await access.VisibleYouths().Where(y => wanted.Contains(y.Id)).CountAsync(cancellationToken);
        if (visible != wanted.Count)
        {
            throw new RequestValidationException(nameof(RequestSummaryBatch.YouthIds),
                "Certains jeunes cochés ne font pas partie des dossiers que vous pouvez consulter : retirez-les de la sélection puis relancez la série.");
        }

        var batch = SummaryBatch.Queue(access.UserId, wanted, [.. tracks], command.From, command.To, clock.GetUtcNow());
        db.SummaryBatches.Add(batch);
        audit.Record(AuditAction, "SummaryBatch", batch.Id.ToString());
        queue.Enqueue(batch.Id);
        return batch.Id;
    }
}

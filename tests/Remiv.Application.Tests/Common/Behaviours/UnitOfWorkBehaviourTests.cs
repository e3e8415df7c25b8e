using Mediator;
using Microsoft.EntityFrameworkCore;
using Moq;
using Remiv.Application.Common.Behaviours;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Common.Interfaces;
using Remiv.Application.Tests.TestSupport;

namespace Remiv.Application.Tests.Common.Behaviours;

public sealed class UnitOfWorkBehaviourTests
{
    private static readonly SaveNoteRequest Request = new("note");

    private readonly List<string> _steps = [];
    private Mock<IUnitOfWork> _unitOfWork = null!;
    private Mock<IUnitOfWorkTransaction> _transaction = null!;
    private Mock<IApplicationDbContext> _db = null!;
    private Mock<IDatabaseErrors> _errors = null!;

    [SetUp]
    public void CreateMocks()
    {
        _steps.Clear();
        _transaction = new Mock<IUnitOfWorkTransaction>(MockBehavior.Strict);
        _transaction.Setup(t => t.CommitAsync(It.IsAny<CancellationToken>()))
            .Callback(() => _steps.Add("commit"))
            .Returns(Task.CompletedTask);
        _transaction.Setup(t => t.DisposeAsync())
            .Callback(() => _steps.Add("dispose"))
            .Returns(ValueTask.CompletedTask);

        _unitOfWork = new Mock<IUnitOfWork>(MockBehavior.Strict);
        _unitOfWork.Setup(u => u.BeginAsync(It.IsAny<CancellationToken>()))
            .Callback(() => _steps.Add("begin"))
            .ReturnsAsync(_transaction.Object);

        _db = new Mock<IApplicationDbContext>(MockBehavior.Strict);
        _db.Setup(d => d.SaveChangesAsync(It.IsAny<CancellationToken>()))
            .Callback(() => _steps.Add("save"))
            .ReturnsAsync(1);
        _db.Setup(d => d.DiscardUnsavedChanges()).Callback(() => _steps.Add("discard"));
        _errors = new Mock<IDatabaseErrors>();
    }

    [Test]
    public async Task UnitOfWorkBehaviour_saves_and_commits_after_the_handler_succeeds()
    {
        var behaviour = new UnitOfWorkBehaviour<SaveNoteRequest, int>(_unitOfWork.Object, _db.Object, _errors.Object);

        var response = await behaviour.Handle(Request, Next(() => 7), CancellationToken.None);

        response.ShouldBe(7);
        _steps.ShouldBe(["begin", "handler", "save", "commit", "dispose"]);
    }

    [Test]
    public async Task UnitOfWorkBehaviour_does_not_save_or_commit_when_the_handler_throws_and_still_disposes_the_transaction()
    {
        var behaviour = new UnitOfWorkBehaviour<SaveNoteRequest, int>(_unitOfWork.Object, _db.Object, _errors.Object);
        var failure = new InvalidOperationException("handler failed");

        var thrown = await Should.ThrowAsync<InvalidOperationException>(async () =>
            await behaviour.Handle(Request, Next(() => throw failure), CancellationToken.None));

        thrown.ShouldBeSameAs(failure);
        _steps.ShouldBe(["begin", "handler", "discard", "dispose"]);
        _transaction.Verify(t => t.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
        _db.Verify(d => d.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task UnitOfWorkBehaviour_does_not_commit_a_request_refused_by_its_handler()
    {
        var behaviour = new UnitOfWorkBehaviour<SaveNoteRequest, int>(_unitOfWork.Object, _db.Object, _errors.Object);

        await Should.ThrowAsync<RequestValidationException>(async () =>
            await behaviour.Handle(Request, Next(() => throw new RequestValidationException("Text", "Trop long.")), CancellationToken.None));

        _transaction.Verify(t => t.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
        _transaction.Verify(t => t.DisposeAsync(), Times.Once);
    }

    [Test]
    public async Task UnitOfWorkBehaviour_turns_a_concurrency_failure_on_save_into_ConcurrencyConflictException_without_committing()
    {
        _db.Setup(d => d.SaveChangesAsync(It.IsAny<CancellationToken>()))
            .ThrowsAsync(new DbUpdateConcurrencyException("stale row"));
        var behaviour = new UnitOfWorkBehaviour<SaveNoteRequest, int>(_unitOfWork.Object, _db.Object, _errors.Object);

        await Should.ThrowAsync<ConcurrencyConflictException>(async () =>
            await behaviour.Handle(Request, Next(() => 7), CancellationToken.None));

        _transaction.Verify(t => t.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
        _transaction.Verify(t => t.DisposeAsync(), Times.Once);
    }

    [Test]
    public async Task UnitOfWorkBehaviour_turns_a_concurrency_failure_inside_the_handler_into_ConcurrencyConflictException()
    {
        var behaviour = new UnitOfWorkBehaviour<SaveNoteRequest, int>(_unitOfWork.Object, _db.Object, _errors.Object);

        await Should.ThrowAsync<ConcurrencyConflictException>(async () =>
            await behaviour.Handle(Request, Next(() => throw new DbUpdateConcurrencyException("stale row")), CancellationToken.None));

        _transaction.Verify(t => t.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task UnitOfWorkBehaviour_passes_the_cancellation_token_to_the_transaction_and_the_save()
    {
        using var cancellation = new CancellationTokenSource();
        var token = cancellation.Token;
        var behaviour = new UnitOfWorkBehaviour<SaveNoteRequest, int>(_unitOfWork.Object, _db.Object, _errors.Object);

        await behaviour.Handle(Request, Next(() => 1), token);

        _unitOfWork.Verify(u => u.BeginAsync(token), Times.Once);
        _db.Verify(d => d.SaveChangesAsync(token), Times.Once);
        _transaction.Verify(t => t.CommitAsync(token), Times.Once);
    }

    [Test]
    public async Task UnitOfWorkBehaviour_forgets_what_a_failed_command_changed_so_no_later_save_writes_it()
    {
        var behaviour = new UnitOfWorkBehaviour<SaveNoteRequest, int>(_unitOfWork.Object, _db.Object, _errors.Object);

        await Should.ThrowAsync<InvalidOperationException>(async () =>
            await behaviour.Handle(Request, Next(() => throw new InvalidOperationException("refused")), CancellationToken.None));

        _db.Verify(d => d.DiscardUnsavedChanges(), Times.Once);
    }

    [Test]
    public async Task UnitOfWorkBehaviour_keeps_the_changes_of_a_command_that_succeeds()
    {
        var behaviour = new UnitOfWorkBehaviour<SaveNoteRequest, int>(_unitOfWork.Object, _db.Object, _errors.Object);

        await behaviour.Handle(Request, Next(() => 1), CancellationToken.None);

        _db.Verify(d => d.DiscardUnsavedChanges(), Times.Never);
    }

    [Test]
    public async Task UnitOfWorkBehaviour_turns_a_save_refused_by_a_unique_key_into_a_conflict_never_an_error()
    {
        var race = new DbUpdateException("unique key");
        _db.Setup(d => d.SaveChangesAsync(It.IsAny<CancellationToken>())).ThrowsAsync(race);
        _errors.Setup(e => e.IsUniqueKeyViolation(race)).Returns(true);
        var behaviour = new UnitOfWorkBehaviour<SaveNoteRequest, int>(_unitOfWork.Object, _db.Object, _errors.Object);

        await Should.ThrowAsync<ConcurrencyConflictException>(async () => await behaviour.Handle(Request, Next(() => 1), CancellationToken.None));

        _transaction.Verify(t => t.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task UnitOfWorkBehaviour_turns_a_transaction_the_database_gave_up_in_a_deadlock_into_a_conflict_to_retry()
    {
        var deadlock = new InvalidOperationException("An exception has been raised that is likely due to a transient failure.");
        _db.Setup(d => d.SaveChangesAsync(It.IsAny<CancellationToken>())).ThrowsAsync(deadlock);
        _errors.Setup(e => e.IsTransientConflict(deadlock)).Returns(true);
        var behaviour = new UnitOfWorkBehaviour<SaveNoteRequest, int>(_unitOfWork.Object, _db.Object, _errors.Object);

        await Should.ThrowAsync<ConcurrencyConflictException>(async () => await behaviour.Handle(Request, Next(() => 1), CancellationToken.None));

        _transaction.Verify(t => t.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
        _db.Verify(d => d.DiscardUnsavedChanges(), Times.Once);
    }

    [Test]
    public async Task UnitOfWorkBehaviour_does_not_disguise_any_other_database_refusal_as_a_conflict()
    {
        var fault = new DbUpdateException("value too long for type character varying(200)");
        _db.Setup(d => d.SaveChangesAsync(It.IsAny<CancellationToken>())).ThrowsAsync(fault);
        var behaviour = new UnitOfWorkBehaviour<SaveNoteRequest, int>(_unitOfWork.Object, _db.Object, _errors.Object);

        var thrown = await Should.ThrowAsync<DbUpdateException>(async () => await behaviour.Handle(Request, Next(() => 1), CancellationToken.None));

        thrown.ShouldBeSameAs(fault);
        _transaction.Verify(t => t.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    private MessageHandlerDelegate<SaveNoteRequest, int> Next(Func<int> handler) =>
        (_, _) =>
        {
            _steps.Add("handler");
            return ValueTask.FromResult(handler());
        };
}

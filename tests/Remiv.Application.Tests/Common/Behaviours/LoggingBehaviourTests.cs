using Mediator;
using Microsoft.Extensions.Logging;
using Remiv.Application.Common.Behaviours;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Tests.TestSupport;

namespace Remiv.Application.Tests.Common.Behaviours;

public sealed class LoggingBehaviourTests
{
    private const string PersonalName = "Abdoulaye Diallo";
    private const string PersonalEmail = "abdoulaye.diallo@example.org";

    private static readonly RegisterYouthRequest Request = new(PersonalName, PersonalEmail);

    private CapturingLogger<LoggingBehaviour<RegisterYouthRequest, Guid>> _logger = null!;
    private LoggingBehaviour<RegisterYouthRequest, Guid> _behaviour = null!;

    [SetUp]
    public void CreateBehaviour()
    {
        _logger = new CapturingLogger<LoggingBehaviour<RegisterYouthRequest, Guid>>();
        _behaviour = new LoggingBehaviour<RegisterYouthRequest, Guid>(_logger);
    }

    [Test]
    public async Task LoggingBehaviour_logs_the_request_type_name_when_the_handler_succeeds()
    {
        var id = Guid.NewGuid();

        var response = await _behaviour.Handle(Request, (_, _) => ValueTask.FromResult(id), CancellationToken.None);

        response.ShouldBe(id);
        var entry = _logger.Entries.ShouldHaveSingleItem();
        entry.Level.ShouldBe(LogLevel.Information);
        entry.Message.ShouldStartWith($"{nameof(RegisterYouthRequest)} handled in ");
    }

    [Test]
    public async Task LoggingBehaviour_never_logs_the_personal_data_a_request_carries()
    {
        await _behaviour.Handle(Request, (_, _) => ValueTask.FromResult(Guid.NewGuid()), CancellationToken.None);

        _logger.Entries.ShouldNotBeEmpty();
        ShouldNotLeakPersonalData();
    }

    [Test]
    public async Task LoggingBehaviour_logs_a_refusal_as_refused_and_rethrows_it()
    {
        var refusal = new ForbiddenAccessException();

        var thrown = await Should.ThrowAsync<ForbiddenAccessException>(async () =>
            await _behaviour.Handle(Request, Throwing(refusal), CancellationToken.None));

        thrown.ShouldBeSameAs(refusal);
        var entry = _logger.Entries.ShouldHaveSingleItem();
        entry.Level.ShouldBe(LogLevel.Information);
        entry.Message.ShouldStartWith($"{nameof(RegisterYouthRequest)} refused ({nameof(ForbiddenAccessException)}) in ");
        ShouldNotLeakPersonalData();
    }

    [Test]
    public async Task LoggingBehaviour_logs_a_validation_refusal_without_the_invalid_values()
    {
        var refusal = new RequestValidationException("Email", $"{PersonalEmail} n'est pas valide.");

        await Should.ThrowAsync<RequestValidationException>(async () =>
            await _behaviour.Handle(Request, Throwing(refusal), CancellationToken.None));

        _logger.Entries.ShouldHaveSingleItem().Message.ShouldContain("refused (RequestValidationException)");
        ShouldNotLeakPersonalData();
    }

    [Test]
    public async Task LoggingBehaviour_rethrows_an_unexpected_failure_and_logs_its_type_but_not_its_message()
    {
        var failure = new InvalidOperationException($"Could not save the file of {PersonalName}.");

        var thrown = await Should.ThrowAsync<InvalidOperationException>(async () =>
            await _behaviour.Handle(Request, Throwing(failure), CancellationToken.None));

        thrown.ShouldBeSameAs(failure);
        var entry = _logger.Entries.ShouldHaveSingleItem();
        entry.Level.ShouldBe(LogLevel.Error);
        entry.Message.ShouldStartWith($"{nameof(RegisterYouthRequest)} failed with {typeof(InvalidOperationException).FullName} after ");
        ShouldNotLeakPersonalData();
    }

    private static MessageHandlerDelegate<RegisterYouthRequest, Guid> Throwing(Exception exception) =>
        (_, _) => ValueTask.FromException<Guid>(exception);

    private void ShouldNotLeakPersonalData()
    {
        foreach (var text in _logger.Entries.SelectMany(e => e.AllText()))
        {
            text.ShouldNotContain(PersonalName);
            text.ShouldNotContain(PersonalEmail);
        }
    }
}

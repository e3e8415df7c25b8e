using FluentValidation;
using Mediator;
using Remiv.Application.Common.Behaviours;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Tests.TestSupport;

namespace Remiv.Application.Tests.Common.Behaviours;

public sealed class ValidationBehaviourTests
{
    private static readonly RegisterYouthRequest Blank = new(string.Empty, "not-an-email");
    private static readonly RegisterYouthRequest Valid = new("Abdoulaye Diallo", "a.diallo@example.org");

    private int _handlerCalls;

    [SetUp]
    public void ResetHandlerCalls() => _handlerCalls = 0;

    [Test]
    public async Task ValidationBehaviour_refuses_an_invalid_request_with_all_errors_grouped_by_property()
    {
        var behaviour = new ValidationBehaviour<RegisterYouthRequest, Guid>([new NameAndEmailValidator(), new NameLengthValidator()]);

        var exception = await Should.ThrowAsync<RequestValidationException>(async () => await behaviour.Handle(Blank, Next(), CancellationToken.None));

        exception.Errors.Keys.ShouldBe([nameof(RegisterYouthRequest.FullName), nameof(RegisterYouthRequest.Email)], ignoreOrder: true);
        exception.Errors[nameof(RegisterYouthRequest.FullName)].ShouldBe(["Indiquez le nom.", "Le nom est trop court."], ignoreOrder: true);
        exception.Errors[nameof(RegisterYouthRequest.Email)].ShouldBe(["Adresse invalide."]);
    }

    [Test]
    public async Task ValidationBehaviour_does_not_call_the_handler_when_the_request_is_invalid()
    {
        var behaviour = new ValidationBehaviour<RegisterYouthRequest, Guid>([new NameAndEmailValidator()]);

        await Should.ThrowAsync<RequestValidationException>(async () => await behaviour.Handle(Blank, Next(), CancellationToken.None));

        _handlerCalls.ShouldBe(0);
    }

    [Test]
    public async Task ValidationBehaviour_reports_an_error_only_once_when_two_validators_give_the_same_message()
    {
        var behaviour = new ValidationBehaviour<RegisterYouthRequest, Guid>([new NameAndEmailValidator(), new NameAndEmailValidator()]);

        var exception = await Should.ThrowAsync<RequestValidationException>(async () => await behaviour.Handle(Blank, Next(), CancellationToken.None));

        exception.Errors[nameof(RegisterYouthRequest.Email)].ShouldBe(["Adresse invalide."]);
    }

    [Test]
    public async Task ValidationBehaviour_calls_the_handler_when_the_request_has_no_validator()
    {
        var behaviour = new ValidationBehaviour<RegisterYouthRequest, Guid>([]);

        var response = await behaviour.Handle(Blank, Next(), CancellationToken.None);

        response.ShouldBe(HandledId);
        _handlerCalls.ShouldBe(1);
    }

    [Test]
    public async Task ValidationBehaviour_calls_the_handler_when_every_validator_passes()
    {
        var behaviour = new ValidationBehaviour<RegisterYouthRequest, Guid>([new NameAndEmailValidator(), new NameLengthValidator()]);

        var response = await behaviour.Handle(Valid, Next(), CancellationToken.None);

        response.ShouldBe(HandledId);
        _handlerCalls.ShouldBe(1);
    }

    private static readonly Guid HandledId = Guid.NewGuid();

    private MessageHandlerDelegate<RegisterYouthRequest, Guid> Next() =>
        (_, _) =>
        {
            _handlerCalls++;
            return ValueTask.FromResult(HandledId);
        };

    private sealed class NameAndEmailValidator : AbstractValidator<RegisterYouthRequest>
    {
        public NameAndEmailValidator()
        {
            RuleFor(r => r.FullName).NotEmpty().WithMessage("Indiquez le nom.");
            RuleFor(r => r.Email).EmailAddress().WithMessage("Adresse invalide.");
        }
    }

    private sealed class NameLengthValidator : AbstractValidator<RegisterYouthRequest>
    {
        public NameLengthValidator() =>
            RuleFor(r => r.FullName).MinimumLength(2).WithMessage("Le nom est trop court.");
    }
}

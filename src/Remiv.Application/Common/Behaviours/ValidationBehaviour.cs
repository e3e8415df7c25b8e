using FluentValidation;
using Mediator;
using Remiv.Application.Common.Exceptions;
using Remiv.Domain.Common;

namespace Remiv.Application.Common.Behaviours;

/// <summary>
/// Runs every validator of the request and refuses it, with all its errors at once, before the handler runs;
/// a domain rule broken further down is refused the same way.
/// </summary>
public sealed class ValidationBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TMessage>(message), cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            throw new RequestValidationException(failures
                .GroupBy(f => f.PropertyName, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal));
        }

        try
        {
            return await next(message, cancellationToken);
        }
        catch (DomainRuleException rule)
        {
            // The domain's invariants are the last line of validation; their refusals read like the validators'.
            throw new RequestValidationException(rule.Field, rule.Message);
        }
    }
}

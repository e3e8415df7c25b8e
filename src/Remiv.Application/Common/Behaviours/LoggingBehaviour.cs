using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;
using Remiv.Application.Common.Exceptions;

namespace Remiv.Application.Common.Behaviours;

/// <summary>
/// First in the pipeline: logs which use case ran, how long it took and how it ended.
/// It logs the request's type name only, never its content, so no personal data reaches the logs.
/// </summary>
public sealed partial class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var name = typeof(TMessage).Name;
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogHandled(logger, name, elapsed);
            return response;
        }
        catch (Exception exception) when (exception is RequestValidationException or ForbiddenAccessException
                                              or NotSignedInException or NotFoundException or ConcurrencyConflictException
                                              or OperationCanceledException)
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var reason = exception.GetType().Name;
            LogRefused(logger, name, reason, elapsed);
            throw;
        }
        catch (Exception exception)
        {
            // The exception type only: messages of lower layers may quote the data they failed on.
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var type = exception.GetType().FullName ?? exception.GetType().Name;
            LogFailed(logger, name, type, elapsed);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Request} handled in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string request, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Request} refused ({Reason}) in {ElapsedMs:0.0} ms")]
    private static partial void LogRefused(ILogger logger, string request, string reason, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Request} failed with {ExceptionType} after {ElapsedMs:0.0} ms")]
    private static partial void LogFailed(ILogger logger, string request, string exceptionType, double elapsedMs);
}

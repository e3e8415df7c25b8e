namespace Remiv.Application.Common.Exceptions;

/// <summary>The sender is not signed in.</summary>
public sealed class NotSignedInException() : Exception("Vous devez vous connecter pour continuer.");

/// <summary>The sender is signed in but may not do this.</summary>
public sealed class ForbiddenAccessException() : Exception("Vous n'avez pas accès à cette fonction.");

/// <summary>The record does not exist, or the sender may not know that it exists.</summary>
public sealed class NotFoundException() : Exception("Cet élément est introuvable. Il a peut-être été supprimé ou vous n'y avez pas accès.");

/// <summary>The record changed since the sender read it; <see cref="ChangedFields"/> says what changed (French labels).</summary>
public sealed class ConcurrencyConflictException(IReadOnlyList<string> changedFields)
    : Exception("Cet élément a été modifié par quelqu'un d'autre entre-temps. Rechargez la page pour voir sa version actuelle, puis refaites votre modification.")
{
    public ConcurrencyConflictException()
        : this([])
    {
    }

    public IReadOnlyList<string> ChangedFields { get; } = changedFields;
}

/// <summary>
/// The request was refused for its content. Messages are in French: they are the keys the
/// web layer translates for other interface languages.
/// </summary>
public sealed class RequestValidationException : Exception
{
    public RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
        : base("Certaines informations sont à corriger.")
    {
        Errors = errors;
    }

    public RequestValidationException(string field, string message)
        : this(field, [message])
    {
    }

    public RequestValidationException(string field, IEnumerable<string> messages)
        : this(new Dictionary<string, string[]> { [field] = [.. messages] })
    {
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }
}

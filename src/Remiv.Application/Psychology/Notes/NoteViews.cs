using Remiv.Domain.Psychology;

namespace Remiv.Application.Psychology.Notes;

/// <summary>A session note as a psychologist allowed to read it sees it, with the times of its session.</summary>
/// <param name="AuthorName">The author's display name (null when the account is gone).</param>
/// <param name="CanEdit">Whether the reader is its author, the only one who may change it.</param>
public sealed record SessionNoteItem(
    Guid Id,
    Guid SessionId,
    Guid YouthId,
    DateTimeOffset SessionStart,
    DateTimeOffset SessionEnd,
    SessionStatus SessionStatus,
    Guid AuthorId,
    string? AuthorName,
    string Text,
    bool SharedWithTeam,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version,
    bool CanEdit);

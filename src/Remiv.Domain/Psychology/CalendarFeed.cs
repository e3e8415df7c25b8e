using System.Security.Cryptography;
using System.Text;

namespace Remiv.Domain.Psychology;

/// <summary>
/// The secret address through which a psychologist's calendar app reads their sessions. Only a hash of the token is
/// stored: the address is shown once, when issued; issuing a new one or revoking it makes the old one stop working.
/// </summary>
public sealed class CalendarFeed
{
    private CalendarFeed()
    {
        TokenHash = string.Empty;
    }

    public Guid PsychologistId { get; private set; }

    /// <summary>SHA-256 of the token, in lower-case hexadecimal.</summary>
    public string TokenHash { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>When a calendar app last read the feed (kept to the hour: see <see cref="NoteRead"/>).</summary>
    public DateTimeOffset? LastReadAt { get; private set; }

    /// <summary>How often a read is recorded: calendar apps poll every few minutes to every few hours.</summary>
    public static readonly TimeSpan ReadRecordInterval = TimeSpan.FromHours(1);

    /// <summary>A new feed for <paramref name="psychologistId"/> and its token (256 random bits, URL-safe), to show once.</summary>
    public static (CalendarFeed Feed, string Token) Issue(Guid psychologistId, DateTimeOffset now)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new CalendarFeed { PsychologistId = psychologistId, TokenHash = HashOf(token), IssuedAt = now }, token);
    }

    /// <summary>
    /// Records a read when none was recorded in the last hour; returns whether it did (the caller then writes the read to
    /// the audit log), so that a leaked address being polled shows in the log and on the psychologist's page.
    /// </summary>
    public bool NoteRead(DateTimeOffset now)
    {
        if (LastReadAt is { } last && now - last < ReadRecordInterval)
        {
            return false;
        }

        LastReadAt = now;
        return true;
    }

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

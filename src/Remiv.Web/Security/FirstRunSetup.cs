using System.Security.Cryptography;
using System.Text;
using Remiv.Application.Common.Interfaces;

namespace Remiv.Web.Security;

/// <summary>
/// Holds the one-time token that guards the first administrator's creation. The token is made at
/// start-up only when no account exists, printed to the console (never to the logs), and forgotten
/// once used.
/// </summary>
internal sealed class FirstRunSetup : IFirstRunSetup
{
    private readonly Lock _gate = new();
    private string? _token;

    /// <summary>The token in force, if any (the console shows it; tests read it here).</summary>
    public string? Token
    {
        get
        {
            lock (_gate)
            {
                return _token;
            }
        }
    }

    public string Open()
    {
        lock (_gate)
        {
            _token ??= Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
            return _token;
        }
    }

    public bool Accepts(string token)
    {
        var expected = Token;
        return expected is not null
               && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(token.Trim().ToUpperInvariant()));
    }

    public void Complete()
    {
        lock (_gate)
        {
            _token = null;
        }
    }
}

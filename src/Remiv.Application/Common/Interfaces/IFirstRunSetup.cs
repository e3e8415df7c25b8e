namespace Remiv.Application.Common.Interfaces;

/// <summary>
/// The one-time token that guards the creation of the first administrator. The host prints it to its
/// console at start-up while no account exists, so that whoever reaches a fresh instance over the
/// network cannot take it over.
/// </summary>
public interface IFirstRunSetup
{
    bool Accepts(string token);

    void Complete();
}

namespace Remiv.Application.Common.Interfaces;

/// <summary>Absolute links to the application's pages, for emails.</summary>
public interface IAppLinks
{
    Uri Invitation(Guid userId, string token);
}

namespace Remiv.Web.Api;

/// <summary>The partner directory and referrals (ViewPartners, ManagePartners, ManageReferrals).</summary>
internal static class PartnerEndpoints
{
    public static void MapPartnerEndpoints(this RouteGroupBuilder api)
    {
        _ = api;
    }
}

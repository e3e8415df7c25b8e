using Mediator;
using Remiv.Application.Common.Exceptions;
using Remiv.Application.Partners.Commands;
using Remiv.Application.Partners.Queries;
using Remiv.Application.Referrals.Commands;
using Remiv.Application.Referrals.Queries;
using Remiv.Domain.Partners;
using Remiv.Domain.Security;
using Remiv.Domain.Youths;
using Remiv.Web.Security;
using static Remiv.Web.Api.YouthEndpoints;

namespace Remiv.Web.Api;

/// <summary>
/// The partner directory (ViewPartners to read, ManagePartners to change) and referrals (ManageReferrals). Which
/// referrals a caller sees and changes (the young person's follow-up group, the track: psychological for psychologists
/// alone) is decided by the use cases; the permissions declared here answer 403 early.
/// </summary>
internal static class PartnerEndpoints
{
    public static void MapPartnerEndpoints(this RouteGroupBuilder api)
    {
        var partners = api.MapGroup("/partners").WithTags("Partenaires");
        partners.MapGet("/", async (ISender sender, CancellationToken ct, PartnerType? type = null, string? name = null, bool activeOnly = false) =>
                TypedResults.Ok(await sender.Send(new ListPartners(type, name, activeOnly), ct)))
            .RequireAuthorization(PermissionPolicy.Name(Permission.ViewPartners))
            .WithSummary("L'annuaire des partenaires : ceux en activité d'abord, par type puis par nom ; filtre par type (type), par nom (name, "
                         + "sans tenir compte des majuscules ni des accents), ou seulement ceux en activité (activeOnly=true).");
        partners.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetPartner(id), ct)))
            .RequireAuthorization(PermissionPolicy.Name(Permission.ViewPartners))
            .WithSummary("Un partenaire : coordonnées, contacts, et le nombre d'orientations par statut (des nombres seulement, jamais de noms).");
        partners.MapPost("/", async (PartnerBody body, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(new CreatePartner(body.Name, body.Type ?? default, body.Description, body.Address, body.Phone, body.Email, body.Website), ct);
                return TypedResults.Created($"/api/v1/partners/{id:D}", new IdResponse(id));
            })
            .RequireAuthorization(PermissionPolicy.Name(Permission.ManagePartners))
            .WithSummary("Ajouter un partenaire à l'annuaire. Un nom déjà présent (quelle que soit la casse) est refusé.");
        partners.MapPut("/{id:guid}", async (Guid id, PartnerBody body, ISender sender, CancellationToken ct) =>
            {
                var version = body.ExpectedVersion
                              ?? throw new RequestValidationException(nameof(body.ExpectedVersion), "Indiquez la version du partenaire que vous modifiez (expectedVersion).");
                return TypedResults.Ok(new VersionResponse(await sender.Send(new UpdatePartner(id, version, body.Name, body.Type ?? default,
                    body.Description, body.Address, body.Phone, body.Email, body.Website, body.IsActive), ct)));
            })
            .RequireAuthorization(PermissionPolicy.Name(Permission.ManagePartners))
            .WithSummary("Modifier un partenaire, à partir de la version lue (expectedVersion) ; isActive=false le retire de l'annuaire actif "
                         + "(ses orientations restent), isActive=true l'y remet.");
        partners.MapPost("/{id:guid}/contacts", async (Guid id, ContactBody body, ISender sender, CancellationToken ct) =>
            {
                var contactId = await sender.Send(new AddPartnerContact(id, body.Name, body.Role, body.Phone, body.Email), ct);
                return TypedResults.Created($"/api/v1/partners/{id:D}", new IdResponse(contactId));
            })
            .RequireAuthorization(PermissionPolicy.Name(Permission.ManagePartners))
            .WithSummary("Ajouter un contact chez un partenaire : nom, fonction, téléphone, e-mail.");
        partners.MapDelete("/{id:guid}/contacts/{contactId:guid}", async (Guid id, Guid contactId, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new RemovePartnerContact(id, contactId), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(PermissionPolicy.Name(Permission.ManagePartners))
            .WithSummary("Retirer un contact qui a quitté le partenaire.");

        api.MapGet("/youths/{youthId:guid}/referrals", async (Guid youthId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListYouthReferrals(youthId), ct)))
            .WithTags("Orientations")
            .RequireAuthorization(PermissionPolicy.Name(Permission.ManageReferrals))
            .WithSummary("Les orientations d'un jeune, les plus récentes d'abord, sur les volets que vous pouvez lire, avec leur historique daté.");
        api.MapPost("/youths/{youthId:guid}/referrals", async (Guid youthId, ReferralBody body, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(new ProposeReferral(youthId, body.PartnerId ?? Guid.Empty, body.Track ?? default, body.Need, body.Date), ct);
                return TypedResults.Created($"/api/v1/referrals/{id:D}", new IdResponse(id));
            })
            .WithTags("Orientations")
            .RequireAuthorization(PermissionPolicy.Name(Permission.ManageReferrals))
            .WithSummary("Orienter un jeune vers un partenaire en activité de l'annuaire, pour un besoin, sur un volet que vous pouvez écrire ; "
                         + "date (aaaa-mm-jj) : aujourd'hui par défaut, ni dans le futur ni avant le premier contact.");

        var referrals = api.MapGroup("/referrals").WithTags("Orientations");
        referrals.MapGet("/", async (ISender sender, CancellationToken ct, ReferralStatus? status = null, Guid? partnerId = null) =>
                TypedResults.Ok(await sender.Send(new ListOpenReferrals(status, partnerId), ct)))
            .RequireAuthorization(PermissionPolicy.Name(Permission.ManageReferrals))
            .WithSummary("Les orientations en attente (proposées, acceptées, en cours, sans réponse) des jeunes que vous suivez, le statut le plus "
                         + "ancien d'abord ; filtre par statut (status) et par partenaire (partnerId).");
        referrals.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetReferral(id), ct)))
            .RequireAuthorization(PermissionPolicy.Name(Permission.ManageReferrals))
            .WithSummary("Une orientation, avec son historique daté et les statuts possibles ensuite.");
        referrals.MapPost("/{id:guid}/status", async (Guid id, StatusBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(new VersionResponse(await sender.Send(
                    new ChangeReferralStatus(id, body.ExpectedVersion, body.Status ?? default, body.Date, body.Outcome), ct))))
            .RequireAuthorization(PermissionPolicy.Name(Permission.ManageReferrals))
            .WithSummary("Changer le statut d'une orientation, à partir de la version lue (expectedVersion) : Accepted, InProgress, Done (résultat "
                         + "obligatoire dans outcome), Refused, NoAnswer ; date : aujourd'hui par défaut. Réalisée et refusée sont définitives.");
    }

    /// <param name="ExpectedVersion">Required to change a partner (the version read); ignored when creating one.</param>
    /// <param name="IsActive">On a change only: false withdraws the partner, true brings it back; absent leaves it as it is.</param>
    internal sealed record PartnerBody(
        string? Name = null,
        PartnerType? Type = null,
        string? Description = null,
        string? Address = null,
        string? Phone = null,
        string? Email = null,
        string? Website = null,
        int? ExpectedVersion = null,
        bool? IsActive = null);

    internal sealed record ContactBody(string? Name = null, string? Role = null, string? Phone = null, string? Email = null);

    internal sealed record ReferralBody(Guid? PartnerId = null, Track? Track = null, string? Need = null, DateOnly? Date = null);

    internal sealed record StatusBody(int ExpectedVersion, ReferralStatus? Status = null, DateOnly? Date = null, string? Outcome = null);
}

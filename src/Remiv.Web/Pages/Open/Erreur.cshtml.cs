using Microsoft.AspNetCore.Mvc;

namespace Remiv.Web.Pages.Open;

/// <summary>The page shown for 403, 404 and unexpected errors: what happened and what to do next, nothing internal.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErreurModel : RemivPageModel
{
    public string Title { get; private set; } = "Une erreur s'est produite";

    public string Advice { get; private set; } = "Réessayez dans un instant. Si l'erreur revient, prévenez l'administration de Remiv en indiquant l'heure.";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        Response.StatusCode = code ?? StatusCodes.Status500InternalServerError;
        (Title, Advice) = code switch
        {
            StatusCodes.Status403Forbidden => ("Accès refusé", "Vous n'avez pas accès à cette page. Si vous pensez en avoir besoin, adressez-vous à la coordination."),
            StatusCodes.Status404NotFound => ("Page introuvable", "Cette page n'existe pas ou plus. Vérifiez l'adresse, ou repartez de l'accueil."),
            StatusCodes.Status400BadRequest => ("Demande incorrecte", "Le formulaire a expiré ou est incomplet. Rechargez la page et recommencez."),
            _ => (Title, Advice),
        };
    }
}

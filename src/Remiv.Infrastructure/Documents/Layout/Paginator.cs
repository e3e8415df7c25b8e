using System.Globalization;
using Remiv.Application.Documents.Layout;
using Remiv.Infrastructure.Documents.Rendering;

namespace Remiv.Infrastructure.Documents.Layout;

/// <summary>
/// The page loop: for each page set, draws header, as much content as fits and footer on a new page, until the content
/// is done. Never loops forever: content that cannot start on an empty page, a page on which the content does not
/// move on, or more than <see cref="DocumentSpec.MaxPages"/> pages end with a <see cref="DocumentLayoutException"/>.
/// </summary>
internal static class Paginator
{
    public static List<PageContent> Paginate(DocumentSpec document, LayoutContext context)
    {
        var pages = new List<PageContent>();
        foreach (var set in document.Pages)
        {
            var header = NodeBuilder.Build(set.Header, set.DefaultTextStyle, context);
            var content = NodeBuilder.Build(set.Content, set.DefaultTextStyle, context);
            var footer = NodeBuilder.Build(set.Footer, set.DefaultTextStyle, context);
            var margins = set.Margins;
            var width = set.Size.Width - margins.Left - margins.Right;
            var height = set.Size.Height - margins.Top - margins.Bottom;
            while (true)
            {
                if (pages.Count >= document.MaxPages)
                {
                    throw new DocumentLayoutException(string.Create(CultureInfo.InvariantCulture,
                        $"Le document dépasse {document.MaxPages} pages : réduisez son contenu (période, nombre d'entrées) ou découpez-le en plusieurs documents."));
                }

                var page = new PageContent(set.Size, pages.Count + 1);
                context.Page = page.Number;
                var headerPlan = header.Measure(new Size(width, height));
                var footerPlan = footer.Measure(new Size(width, height - (headerPlan.IsFull ? headerPlan.Height : 0)));
                if (!headerPlan.IsFull || !footerPlan.IsFull || headerPlan.Height + footerPlan.Height >= height - LayoutNode.Epsilon)
                {
                    throw new DocumentLayoutException(string.Create(CultureInfo.InvariantCulture,
                        $"L'en-tête et le pied de page ne laissent pas de place au contenu (page de {height:0} pt de hauteur utile entre les marges) : raccourcissez-les ou réduisez les marges."));
                }

                var area = new Size(width, height - headerPlan.Height - footerPlan.Height);
                context.ContentHeight = area.Height;
                context.Stuck = false;
                var plan = content.Measure(area);
                if (plan.IsWrap)
                {
                    // Nothing fits on an empty page: let tables split an oversized row, then give up clearly.
                    context.Stuck = true;
                    plan = content.Measure(area);
                    if (plan.IsWrap)
                    {
                        throw new DocumentLayoutException(string.Create(CultureInfo.InvariantCulture,
                            $"Un élément est plus haut qu'une page : {content.Blocker(area)} ne tient pas dans les {area.Height:0} pt de hauteur utile de la page {page.Number} (page de {set.Size.Height:0} pt, moins les marges, l'en-tête et le pied de page). Réduisez cet élément, découpez-le ou retirez KeepTogether."));
                    }
                }

                header.Draw(page, margins.Left, margins.Top, new Size(width, headerPlan.Height));
                var progress = context.Progress;
                content.Draw(page, margins.Left, margins.Top + headerPlan.Height, new Size(width, plan.Height));
                if (!plan.IsFull && context.Progress == progress)
                {
                    throw new DocumentLayoutException(string.Create(CultureInfo.InvariantCulture,
                        $"La mise en page ne progresse plus à la page {page.Number} : un élément ne se découpe pas. Simplifiez le contenu de cette page."));
                }

                footer.Draw(page, margins.Left, set.Size.Height - margins.Bottom - footerPlan.Height, new Size(width, footerPlan.Height));
                context.Stuck = false;
                pages.Add(page);
                if (plan.IsFull)
                {
                    break;
                }
            }
        }

        return pages;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Remiv.Application.Documents.Layout;
using Remiv.Infrastructure.Documents.Fonts;

namespace Remiv.Infrastructure.Documents;

public static class DocumentsServiceCollectionExtensions
{
    /// <summary>
    /// The PDF engine: <see cref="IPdfRenderer"/> over SkiaSharp, with the fonts shipped in this assembly (loaded once,
    /// on first use). Singletons: the renderer is thread-safe.
    /// </summary>
    public static IServiceCollection AddDocumentEngine(this IServiceCollection services)
    {
        services.TryAddSingleton<FontLibrary>();
        services.TryAddSingleton<IPdfRenderer, SkiaPdfRenderer>();
        return services;
    }
}

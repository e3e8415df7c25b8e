using System.Globalization;
using SkiaSharp;

namespace Remiv.Documents.Tests;

/// <summary>Content for the tests: pictures and French journal text.</summary>
internal static class Samples
{
    private static readonly string[] Sentences =
    [
        "Accompagnement à la préfecture pour le dépôt de la demande de titre de séjour ; il manque l'extrait d'acte de naissance.",
        "Entretien avec l'avocate au sujet de la saisine du juge des enfants ; les pièces d'état civil sont transmises au cabinet.",
        "Il est passé à l'accueil du matin, échange informel autour d'un café. Il dit mieux dormir en ce moment.",
        "Rendez-vous à la PASS du CHU : bilan de santé complet, vaccins à mettre à jour, prochain rendez-vous dans un mois.",
        "Inscription au CAP maçonnerie confirmée ; achat des chaussures de sécurité avec l'aide du fonds de solidarité.",
        "Cours de français : très bonne participation, il progresse vite à l'écrit. Objectif DELF A2 en juin.",
    ];

    /// <summary>One to four sentences, deterministic for an index.</summary>
    public static string Entry(int index)
    {
        var count = 1 + (index % 4);
        return string.Join(' ', Enumerable.Range(0, count).Select(k => Sentences[(index * 7 + k * 3) % Sentences.Length]));
    }

    public static string Id(int row) => "R" + row.ToString("000", CultureInfo.InvariantCulture);

    /// <summary>A picture of the given size in pixels, encoded as PNG or JPEG.</summary>
    public static byte[] Picture(int width, int height, SKEncodedImageFormat format = SKEncodedImageFormat.Png)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
            using var paint = new SKPaint { Color = SKColors.Orange, IsAntialias = true };
            canvas.DrawCircle(width / 2f, height / 2f, Math.Min(width, height) / 3f, paint);
        }

        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }
}

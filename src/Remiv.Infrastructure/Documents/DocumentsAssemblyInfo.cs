using System.Runtime.CompilerServices;

// The PDF engine's tests check shaping, bidi and font subsetting on the internal types directly.
[assembly: InternalsVisibleTo("Remiv.Documents.Tests")]

namespace Remiv.Application.Documents.Summaries;

/// <summary>
/// A document made for download: its bytes, a file name that says what it is and when it was made but nothing of the
/// person it is about (the name travels in Content-Disposition headers, browser histories and download folders), and its
/// content type.
/// </summary>
public sealed record GeneratedDocument(byte[] Content, string FileName, string ContentType);

namespace Remiv.Infrastructure.Email;

public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    /// <summary>Empty: no mail is sent (invitation links are shown to the administrator instead).</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>None, StartTls or SslOnConnect.</summary>
    public string Security { get; set; } = "StartTls";

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "Remiv <remiv@localhost>";
}

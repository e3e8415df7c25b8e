using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Remiv.Web.Tests.Reminders;

/// <summary>
/// A real SMTP server on a free loopback port (SmtpServer), keeping the messages it accepts in memory. It can refuse a
/// mailbox for good (550 at RCPT TO) or answer "try again later" (451 after DATA) while asked to.
/// </summary>
public sealed class TestSmtpServer : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Store _store = new();
    private readonly Filter _filter = new();
    private readonly Task _running;

    public TestSmtpServer()
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("smtp.test")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        services.Add(_filter);
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>The settings that send the app's mail here, in clear on loopback.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None",
        ["Smtp:From"] = "Remiv <remiv@remiv.example>",
    };

    /// <summary>Messages accepted, with the envelope recipients.</summary>
    public IReadOnlyList<(IReadOnlyList<string> To, MimeMessage Message)> Received => [.. _store.Messages];

    /// <summary>How many times a message was refused with "try again later".</summary>
    public int Deferred => _store.Deferred;

    /// <summary>Answers 451 to messages for these addresses until they are removed.</summary>
    public ConcurrentDictionary<string, bool> DeferredFor => _store.DeferredFor;

    /// <summary>Refuses these mailboxes for good (550).</summary>
    public ConcurrentDictionary<string, bool> Refused => _filter.Refused;

    public IReadOnlyList<MimeMessage> To(string address) =>
        [.. Received.Where(r => r.To.Contains(address, StringComparer.OrdinalIgnoreCase)).Select(r => r.Message)];

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _running.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static string Address(IMailbox mailbox) => $"{mailbox.User}@{mailbox.Host}";

    private sealed class Store : MessageStore
    {
        private int _deferred;

        public ConcurrentQueue<(IReadOnlyList<string> To, MimeMessage Message)> Messages { get; } = new();

        public ConcurrentDictionary<string, bool> DeferredFor { get; } = new(StringComparer.OrdinalIgnoreCase);

        public int Deferred => _deferred;

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            var to = transaction.To.Select(Address).ToList();
            if (to.Any(DeferredFor.ContainsKey))
            {
                Interlocked.Increment(ref _deferred);
                return new SmtpResponse(SmtpReplyCode.Aborted, "Try again later");
            }

            await using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue((to, await MimeMessage.LoadAsync(stream, cancellationToken)));
            return SmtpResponse.Ok;
        }
    }

    private sealed class Filter : IMailboxFilter
    {
        public ConcurrentDictionary<string, bool> Refused { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(!Refused.ContainsKey(Address(to)));
    }
}

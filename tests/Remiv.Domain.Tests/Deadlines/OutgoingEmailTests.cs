using Remiv.Domain.Common;
using Remiv.Domain.Notifications;

namespace Remiv.Domain.Tests.Deadlines;

public sealed class OutgoingEmailTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 6, 0, 0, TimeSpan.Zero);

    [Test]
    public void A_failed_attempt_is_retried_after_1_2_4_8_16_minutes_then_left_failed()
    {
        var email = new OutgoingEmail(Guid.NewGuid(), "educ@remiv.example", "Remiv : rappel d'échéance", "Bonjour", Now);
        var delays = new List<double>();

        for (var attempt = 0; attempt < OutgoingEmail.MaxAttempts; attempt++)
        {
            email.AttemptFailed("Serveur injoignable", permanent: false, Now);
            if (email.Status == EmailStatus.Pending)
            {
                delays.Add((email.NextAttemptAt - Now).TotalMinutes);
            }
        }

        delays.ShouldBe([1, 2, 4, 8, 16]);
        email.Status.ShouldBe(EmailStatus.Failed);
        email.Attempts.ShouldBe(OutgoingEmail.MaxAttempts);
    }

    [Test]
    public void A_permanent_refusal_fails_at_once_and_an_administrator_can_send_it_again_to_the_current_address()
    {
        var email = new OutgoingEmail(Guid.NewGuid(), "pas-une-adresse", "Sujet", "Corps", Now);

        email.AttemptFailed("Adresse du destinataire invalide.", permanent: true, Now);

        email.Status.ShouldBe(EmailStatus.Failed);
        email.LastError.ShouldBe("Adresse du destinataire invalide.");
        Should.Throw<DomainRuleException>(() => email.Retry(null, Now));
        email.Retry("educ@remiv.example", Now.AddHours(1));
        email.Status.ShouldBe(EmailStatus.Pending);
        email.Recipient.ShouldBe("educ@remiv.example");
        email.NextAttemptAt.ShouldBe(Now.AddHours(1));
        Should.Throw<DomainRuleException>(() => email.Retry("educ@remiv.example", Now));
    }
}

using Remiv.Domain.Common;

namespace Remiv.Domain.Youths;

/// <summary>
/// A young person followed by the hub: identity in their own spelling, dated path, the staff following
/// them. Every change goes through a method that checks the invariants and moves <see cref="Version"/> on,
/// so that an edit made from an older version is detected. Nothing is ever deleted: leaving is archiving.
/// </summary>
public sealed class Youth
{
    public const int NameMaxLength = 100;
    public const int ShortTextMaxLength = 200;
    public const int NoteMaxLength = 1000;
    public const int SituationMaxLength = 300;
    public const int MaxAliases = 20;
    public const int MaxLanguages = 10;
    public const int OldestAgeAtArrival = 25;

    private readonly List<YouthAlias> _aliases = [];
    private readonly List<StatusChange> _statusHistory = [];
    private readonly List<GroupMembership> _followUpGroup = [];
    private readonly List<TrackSituation> _situations = [];
    private readonly List<YouthNameToken> _nameTokens = [];

    private Youth()
    {
        FirstName = string.Empty;
        LastName = string.Empty;
        Languages = [];
    }

    public Guid Id { get; private set; }

    /// <summary>Moves on with every change; an edit carries the version it started from.</summary>
    public int Version { get; private set; }

    public string FirstName { get; private set; }

    public string LastName { get; private set; }

    public DateOnly? BirthDate { get; private set; }

    public BirthDateStanding BirthDateStanding { get; private set; }

    public Sex Sex { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 code.</summary>
    public string? Nationality { get; private set; }

    /// <summary>ISO 639 codes, most fluent first.</summary>
    public List<string> Languages { get; private set; }

    public bool InterpreterNeeded { get; private set; }

    public string? Phone { get; private set; }

    public DateOnly? ArrivalInFrance { get; private set; }

    public DateOnly FirstContact { get; private set; }

    public string? ReferredBy { get; private set; }

    public string? Accommodation { get; private set; }

    /// <summary>The latest status of the history (kept here so lists can filter on it).</summary>
    public YouthStatus CurrentStatus { get; private set; }

    public Guid? ReferentId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<YouthAlias> Aliases => _aliases;

    public IReadOnlyList<StatusChange> StatusHistory => _statusHistory;

    public IReadOnlyList<GroupMembership> FollowUpGroup => _followUpGroup;

    public IReadOnlyList<TrackSituation> Situations => _situations;

    public IReadOnlyList<YouthNameToken> NameTokens => _nameTokens;

    public bool IsArchived => CurrentStatus == YouthStatus.Exited;

    public DateOnly? EighteenthBirthday => BirthDate?.AddYears(18);

    /// <summary>Registers a young person at first contact; whoever registers them becomes referent and group member.</summary>
    public static Youth Register(YouthIdentity identity, DateOnly firstContact, Guid registeredBy, DateOnly today, DateTimeOffset now)
    {
        if (firstContact > today)
        {
            throw new DomainRuleException(nameof(FirstContact), "La date du premier contact ne peut pas être dans le futur.");
        }

        var youth = new Youth { Id = Guid.NewGuid(), FirstContact = firstContact, CreatedAt = now };
        youth.ApplyIdentity(identity, today);
        youth._statusHistory.Add(new StatusChange(YouthStatus.FirstContact, firstContact, null, null, registeredBy, now));
        youth.CurrentStatus = YouthStatus.FirstContact;
        youth.ReferentId = registeredBy;
        youth._followUpGroup.Add(new GroupMembership(registeredBy, today));
        return youth;
    }

    public int? AgeOn(DateOnly day) => AgeOn(BirthDate, day);

    /// <summary>The age in whole years on a day, for lists that read the birth date without loading the young person.</summary>
    public static int? AgeOn(DateOnly? birthDate, DateOnly day)
    {
        if (birthDate is not { } birth)
        {
            return null;
        }

        var age = day.Year - birth.Year;
        return birth.AddYears(age) > day ? age - 1 : age;
    }

    public int? DaysUntilEighteen(DateOnly today) =>
        EighteenthBirthday is { } eighteen ? eighteen.DayNumber - today.DayNumber : null;

    public bool IsFollowedBy(Guid userId) => _followUpGroup.Any(m => m.UserId == userId && m.IsActive);

    public void UpdateIdentity(YouthIdentity identity, DateOnly today)
    {
        EnsureOpen();
        ApplyIdentity(identity, today);
        Touch();
    }

    public void AddAlias(string name, string? note)
    {
        EnsureOpen();
        var cleaned = DomainText.Required(name, "Alias", NameMaxLength, "Saisissez l'autre orthographe du nom.");
        if (_aliases.Count >= MaxAliases)
        {
            throw new DomainRuleException("Alias", "Ce dossier a déjà 20 orthographes du nom. Supprimez-en une avant d'en ajouter.");
        }

        if (_aliases.Any(a => NameKeys.Plain(a.Name) == NameKeys.Plain(cleaned)) || NameKeys.Plain(FullName) == NameKeys.Plain(cleaned))
        {
            throw new DomainRuleException("Alias", "Cette orthographe est déjà enregistrée.");
        }

        _aliases.Add(new YouthAlias(cleaned, DomainText.Optional(note, "AliasNote", ShortTextMaxLength)));
        RebuildNameTokens();
        Touch();
    }

    public void RemoveAlias(Guid aliasId)
    {
        EnsureOpen();
        var alias = _aliases.FirstOrDefault(a => a.Id == aliasId)
                    ?? throw new DomainRuleException("Alias", "Cette orthographe n'existe plus : rechargez la page.");
        _aliases.Remove(alias);
        RebuildNameTokens();
        Touch();
    }

    /// <summary>Records a dated step of the path. An exit archives the file and needs a reason.</summary>
    public void RecordStatusChange(
        YouthStatus status, DateOnly date, string? department, string? note, Guid? recordedBy, DateOnly today, DateTimeOffset now, ExitReason? exitReason = null)
    {
        EnsureOpen();
        if (!Enum.IsDefined(status))
        {
            throw new DomainRuleException("Status", "Ce statut n'existe pas.");
        }

        if (date > today)
        {
            throw new DomainRuleException("Date", "La date d'un changement de statut ne peut pas être dans le futur.");
        }

        if (BirthDate is { } birth && date < birth)
        {
            throw new DomainRuleException("Date", "La date d'un changement de statut ne peut pas précéder la naissance.");
        }

        if (status == YouthStatus.Exited && _statusHistory.Count > 0 && date < _statusHistory.Max(s => s.Date))
        {
            // The current status is the latest by date: an exit dated earlier would leave the file open.
            throw new DomainRuleException("Date", "La sortie ne peut pas être datée avant le dernier changement de statut : choisissez une date plus récente.");
        }

        var cleanedNote = DomainText.Optional(note, "Note", NoteMaxLength, multiline: true);
        var reason = status == YouthStatus.Exited ? exitReason ?? ExitReason.Other : (ExitReason?)null;
        if (reason is { } given && !Enum.IsDefined(given))
        {
            throw new DomainRuleException("ExitReason", "Choisissez le motif de sortie dans la liste.");
        }

        if (reason == ExitReason.Other && cleanedNote is null)
        {
            throw new DomainRuleException("Note", "Précisez le motif de la sortie (par exemple : orienté vers un dispositif d'un autre département).");
        }

        var cleanedDepartment = DomainText.Optional(department, "Department", 3);
        if (cleanedDepartment is not null && !IsDepartmentCode(cleanedDepartment))
        {
            throw new DomainRuleException("Department", "Indiquez le numéro du département (par exemple 86, 2A ou 974).");
        }

        _statusHistory.Add(new StatusChange(status, date, cleanedDepartment, cleanedNote, recordedBy, now, reason));
        CurrentStatus = _statusHistory.OrderBy(s => s.Date).ThenBy(s => s.RecordedAt).Last().Status;
        Touch();
    }

    /// <summary>
    /// Leaving the hub: an exit with its reason (details are required for "other"). Nothing is deleted; the file becomes read-only.
    /// </summary>
    public void Archive(DateOnly date, ExitReason reason, string? details, Guid? recordedBy, DateOnly today, DateTimeOffset now) =>
        RecordStatusChange(YouthStatus.Exited, date, null, details, recordedBy, today, now, reason);

    public void AssignReferent(Guid userId, DateOnly today)
    {
        EnsureOpen();
        ReferentId = userId;
        if (!IsFollowedBy(userId))
        {
            _followUpGroup.Add(new GroupMembership(userId, today));
        }

        Touch();
    }

    public void AddToGroup(Guid userId, DateOnly today)
    {
        EnsureOpen();
        if (IsFollowedBy(userId))
        {
            throw new DomainRuleException("Member", "Cette personne fait déjà partie du groupe de suivi.");
        }

        _followUpGroup.Add(new GroupMembership(userId, today));
        Touch();
    }

    public void RemoveFromGroup(Guid userId, DateOnly today)
    {
        EnsureOpen();
        if (userId == ReferentId)
        {
            throw new DomainRuleException("Member", "Le référent ne peut pas quitter le groupe de suivi. Désignez d'abord un autre référent.");
        }

        var membership = _followUpGroup.FirstOrDefault(m => m.UserId == userId && m.IsActive)
                         ?? throw new DomainRuleException("Member", "Cette personne ne fait pas partie du groupe de suivi.");
        membership.End(today);
        Touch();
    }

    public void SetSituation(Track track, string summary, Guid? updatedBy, DateTimeOffset now)
    {
        EnsureOpen();
        if (!Enum.IsDefined(track))
        {
            throw new DomainRuleException("Track", "Ce volet n'existe pas.");
        }

        var cleaned = DomainText.Required(summary, "Summary", SituationMaxLength, "Décrivez la situation en une ou deux lignes.");
        var existing = _situations.FirstOrDefault(s => s.Track == track);
        if (existing is null)
        {
            _situations.Add(new TrackSituation(track, cleaned, updatedBy, now));
        }
        else
        {
            existing.Update(cleaned, updatedBy, now);
        }

        // The psychological situation does not move the file's version: the others' edits would otherwise be
        // refused as stale, telling them that a psychologist has just written something.
        if (track != Track.Psychological)
        {
            Touch();
        }
    }

    /// <summary>Refuses any change to an archived file.</summary>
    public void EnsureOpen()
    {
        if (IsArchived)
        {
            throw new DomainRuleException(string.Empty, "Ce dossier est archivé : il ne peut plus être modifié.");
        }
    }

    public string FullName => string.Join(' ', new[] { FirstName, LastName }.Where(n => n.Length > 0));

    private void ApplyIdentity(YouthIdentity identity, DateOnly today)
    {
        var first = DomainText.Optional(identity.FirstName, nameof(FirstName), NameMaxLength) ?? string.Empty;
        var last = DomainText.Optional(identity.LastName, nameof(LastName), NameMaxLength) ?? string.Empty;
        if (first.Length == 0 && last.Length == 0)
        {
            throw new DomainRuleException(nameof(FirstName), "Indiquez au moins un nom ou un prénom, dans l'orthographe donnée par le jeune.");
        }

        if (identity.BirthDate is { } birth)
        {
            if (birth > today)
            {
                throw new DomainRuleException(nameof(BirthDate), "La date de naissance ne peut pas être dans le futur.");
            }

            var reference = identity.ArrivalInFrance ?? FirstContact;
            if (identity.ArrivalInFrance is { } arrival && birth > arrival)
            {
                throw new DomainRuleException(nameof(BirthDate), "La date de naissance est après l'arrivée en France : vérifiez les deux dates.");
            }

            if (birth.AddYears(OldestAgeAtArrival + 1) <= reference)
            {
                throw new DomainRuleException(nameof(BirthDate), "Avec cette date de naissance, le jeune aurait plus de 25 ans à son arrivée : vérifiez la date.");
            }
        }

        if (identity.ArrivalInFrance is { } arrivalDate)
        {
            if (arrivalDate > today)
            {
                throw new DomainRuleException(nameof(ArrivalInFrance), "La date d'arrivée en France ne peut pas être dans le futur.");
            }

            if (arrivalDate > FirstContact)
            {
                throw new DomainRuleException(nameof(ArrivalInFrance), "L'arrivée en France ne peut pas être après le premier contact avec le REMIV.");
            }
        }

        if (!Enum.IsDefined(identity.BirthDateStanding) || !Enum.IsDefined(identity.Sex))
        {
            throw new DomainRuleException(nameof(BirthDateStanding), "Choisissez une valeur dans la liste.");
        }

        if (identity.Languages.Count > MaxLanguages)
        {
            throw new DomainRuleException(nameof(Languages), "Indiquez au plus 10 langues.");
        }

        FirstName = first;
        LastName = last;
        BirthDate = identity.BirthDate;
        BirthDateStanding = identity.BirthDateStanding;
        Sex = identity.Sex;
        Nationality = DomainText.Optional(identity.Nationality, nameof(Nationality), 2)?.ToUpperInvariant();
        Languages = [.. identity.Languages.Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0).Distinct()];
        InterpreterNeeded = identity.InterpreterNeeded;
        Phone = DomainText.Optional(identity.Phone, nameof(Phone), 30);
        ArrivalInFrance = identity.ArrivalInFrance;
        ReferredBy = DomainText.Optional(identity.ReferredBy, nameof(ReferredBy), ShortTextMaxLength);
        Accommodation = DomainText.Optional(identity.Accommodation, nameof(Accommodation), ShortTextMaxLength);
        RebuildNameTokens();
    }

    private void RebuildNameTokens()
    {
        var plain = new[] { FirstName, LastName }.Concat(_aliases.Select(a => a.Name))
            .SelectMany(NameKeys.Tokens)
            .Distinct(StringComparer.Ordinal)
            .ToHashSet(StringComparer.Ordinal);
        _nameTokens.RemoveAll(t => !plain.Contains(t.Plain));
        foreach (var token in plain.Where(p => _nameTokens.All(t => t.Plain != p)))
        {
            _nameTokens.Add(new YouthNameToken(Id, token));
        }
    }

    private void Touch() => Version++;

    private static bool IsDepartmentCode(string code) =>
        code is "2A" or "2B" || (code.All(char.IsAsciiDigit) && code.Length is 2 or 3);
}

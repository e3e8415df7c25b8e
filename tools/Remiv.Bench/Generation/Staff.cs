using Remiv.Domain.Security;

namespace Remiv.Bench.Generation;

/// <summary>The hub's team as created by the generator: who may register, follow, write, and see what.</summary>
internal sealed class Staff(IReadOnlyList<StaffRecord> people)
{
    public IReadOnlyList<StaffRecord> People { get; } = people;

    public IReadOnlyList<StaffRecord> Coordinators { get; } = [.. people.Where(p => p.Role == Roles.Coordinator)];

    public IReadOnlyList<StaffRecord> YouthWorkers { get; } = [.. people.Where(p => p.Role == Roles.YouthWorker)];

    public IReadOnlyList<StaffRecord> Psychologists { get; } = [.. people.Where(p => p.Role == Roles.Psychologist)];

    private readonly HashSet<Guid> _psychologists = [.. people.Where(p => p.Role == Roles.Psychologist).Select(p => p.Id)];

    public bool IsPsychologist(Guid id) => _psychologists.Contains(id);

    /// <summary>How the team is made up for a given size: a tenth coordinators, a fifth psychologists, the rest youth workers.</summary>
    public static IReadOnlyList<string> Composition(int size)
    {
        var coordinators = Math.Max(1, size / 10);
        var psychologists = Math.Max(1, size / 5);
        var workers = Math.Max(1, size - coordinators - psychologists);
        return [.. Enumerable.Repeat(Roles.Coordinator, coordinators), .. Enumerable.Repeat(Roles.YouthWorker, workers), .. Enumerable.Repeat(Roles.Psychologist, psychologists)];
    }
}

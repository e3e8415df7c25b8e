namespace Remiv.Application.Common.Interfaces;

/// <summary>Writes who did what to the audit log, in the same transaction as the change itself.</summary>
public interface IAuditLog
{
    void Record(string action, string targetType, string? targetId);
}

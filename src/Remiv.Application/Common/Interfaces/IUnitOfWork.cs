namespace Remiv.Application.Common.Interfaces;

/// <summary>One transaction around a command: everything it changed is saved, or nothing is.</summary>
public interface IUnitOfWork
{
    Task<IUnitOfWorkTransaction> BeginAsync(CancellationToken cancellationToken);
}

public interface IUnitOfWorkTransaction : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken);
}

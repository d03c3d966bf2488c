using CultureHub.Core.Privacy;

namespace CultureHub.Storage;

/// <summary>After an erasure, rewrites the database file so deleted profiles leave no bytes behind.</summary>
public sealed class LiteDbErasureCompactor(LiteDbContext context) : IErasureCompactor
{
    public Task CompactAsync(CancellationToken cancellationToken)
    {
        context.Compact();
        return Task.CompletedTask;
    }
}

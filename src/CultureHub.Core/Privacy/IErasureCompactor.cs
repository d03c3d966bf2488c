namespace CultureHub.Core.Privacy;

/// <summary>
/// Makes an erasure physical: embedded databases keep deleted records in free pages until they are
/// rewritten, and "deleted" must mean gone from the file.
/// </summary>
public interface IErasureCompactor
{
    Task CompactAsync(CancellationToken cancellationToken);
}

namespace CultureHub.Core.Chat;

/// <summary>
/// The idempotency key of the input being handled (e.g. <c>telegram:&lt;update_id&gt;</c>), flowing
/// with the handling. The store writes it in the same transaction as the first change the handling
/// makes, so an input redelivered after a crash is recognised by its receipt and not applied twice.
/// </summary>
/// <remarks>
/// Ambient rather than a parameter of every store method: a handling's writes happen deep in the
/// core (interview, workshops, introductions), and none of them should have to know about adapters'
/// delivery guarantees. A handling must therefore make its decisive change in one write.
/// </remarks>
public sealed class HandlingReceipt(string identityKey, string key)
{
    private static readonly AsyncLocal<HandlingReceipt?> Ambient = new();
    private int _isRecorded;

    /// <summary>The receipt of the handling this code runs in, if its input carried a key.</summary>
    public static HandlingReceipt? Current => Ambient.Value;

    /// <summary>Whose receipts these are; erased with that identity.</summary>
    public string IdentityKey { get; } = identityKey;

    public string Key { get; } = key;

    /// <summary>True once a write of this handling carried the receipt.</summary>
    public bool IsRecorded => Volatile.Read(ref _isRecorded) == 1;

    /// <summary>Makes <paramref name="receipt"/> current until the returned scope is disposed.</summary>
    public static IDisposable Begin(HandlingReceipt receipt) => Set(receipt);

    /// <summary>
    /// Writes after this (in the calling async method and what it awaits) carry no receipt: for
    /// idempotent work such as erasure, which must run again in full after a crash.
    /// </summary>
    public static IDisposable Suspend() => Set(null);

    /// <summary>Called by the store after the transaction that carried the receipt committed.</summary>
    public void MarkRecorded() => Volatile.Write(ref _isRecorded, 1);

    private static Scope Set(HandlingReceipt? receipt)
    {
        var previous = Ambient.Value;
        Ambient.Value = receipt;
        return new Scope(previous);
    }

    private sealed class Scope(HandlingReceipt? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}

/// <summary>What is known about an input that arrived before.</summary>
/// <param name="IsComplete">False when the handling changed something but stopped before it answered (a crash).</param>
public sealed record ReceiptState(bool IsComplete);

/// <summary>Receipts of handled inputs, per identity. Implemented by the storage adapter.</summary>
public interface IHandlingReceipts
{
    Task<ReceiptState?> FindAsync(string identityKey, string key, CancellationToken cancellationToken);

    /// <summary>Marks a recorded receipt as answered; does nothing when there is none (e.g. erased meanwhile).</summary>
    Task CompleteAsync(string identityKey, string key, CancellationToken cancellationToken);

    Task DeleteAsync(string identityKey, CancellationToken cancellationToken);
}

namespace CultureHub.Discord.Gateway;

/// <summary>
/// What a resume needs (session id, resume URL, last sequence) and the dedupe of dispatches:
/// an event replayed after a resume carries a sequence we have already seen and is dropped.
/// </summary>
public sealed class GatewaySession
{
    private readonly Lock _lock = new();

    public string? SessionId { get; private set; }

    public string? ResumeUrl { get; private set; }

    public long? Sequence { get; private set; }

    /// <summary>Resumes attempted since the last READY or RESUMED.</summary>
    public int ResumeAttempts { get; private set; }

    public bool CanResume => SessionId is not null && ResumeUrl is not null && Sequence is not null;

    /// <summary>True when the sequence is new; false for a duplicate that must not be handled again.</summary>
    public bool TryAdvance(long sequence)
    {
        lock (_lock)
        {
            if (Sequence is { } last && sequence <= last)
            {
                return false;
            }

            Sequence = sequence;
            return true;
        }
    }

    public void Ready(string sessionId, string resumeUrl)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
        ResumeAttempts = 0;
    }

    public void Resumed() => ResumeAttempts = 0;

    public void CountResumeAttempt() => ResumeAttempts++;

    /// <summary>A new session starts from scratch: its sequences begin again at 1.</summary>
    public void Invalidate()
    {
        lock (_lock)
        {
            SessionId = null;
            ResumeUrl = null;
            Sequence = null;
            ResumeAttempts = 0;
        }
    }
}

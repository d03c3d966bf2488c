namespace CultureHub.Storage;

/// <summary>Another CultureHub process holds the database; two writers would corrupt it.</summary>
public sealed class DatabaseLockedException(string databasePath, Exception inner)
    : Exception($"The database {databasePath} is in use by another CultureHub instance (lock file {databasePath}.lock). Stop the other instance or configure another Storage:DatabasePath.", inner);

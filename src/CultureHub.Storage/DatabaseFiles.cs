namespace CultureHub.Storage;

/// <summary>
/// The files LiteDB's rebuild leaves beside the database (<c>name-backup.db</c>, <c>name-backup-1.db</c>,
/// <c>name-log-backup.db</c>, <c>name-temp.db</c>, and <c>name-tmp.db</c> from sorting). Each is a copy of
/// members' data, so none may stay: removed after every compaction, and at start after a crash.
/// </summary>
/// <remarks>
/// <see cref="LiteDbContext.Compact"/> writes <c>name-temp.db</c> and renames it over the database: a
/// crash before the rename leaves the old database and a temp file that may be partial. LiteDB's own
/// rebuild (used before) moved the database to <c>name-backup.db</c> and then the temp file into its
/// place; a crash between the two moves leaves no database, only the complete temp file.
/// </remarks>
public static class DatabaseFiles
{
    private static readonly string[] LeftoverKinds = ["backup", "log-backup", "temp", "tmp"];

    /// <summary>Files beside <paramref name="databasePath"/> that are copies left by a rebuild.</summary>
    public static IReadOnlyList<string> Leftovers(string databasePath)
    {
        var folder = Path.GetDirectoryName(databasePath)!;
        var stem = Path.GetFileNameWithoutExtension(databasePath) + "-";
        var extension = Path.GetExtension(databasePath);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder)
            .Where(file =>
            {
                var name = Path.GetFileName(file);
                return name.StartsWith(stem, StringComparison.Ordinal) && name.EndsWith(extension, StringComparison.Ordinal)
                    && LeftoverKinds.Any(kind => name.AsSpan(stem.Length).StartsWith(kind, StringComparison.Ordinal));
            })
            .ToList();
    }

    /// <summary>
    /// The log of a database that was closed after its content was copied: every committed page is
    /// in the copy, so the log (older page versions included) must not be applied to it.
    /// </summary>
    public static void DeleteLog(string databasePath) => File.Delete(Sibling(databasePath, "-log"));

    /// <summary>A file beside the database named the way LiteDB names its own (<c>name-log.db</c>).</summary>
    public static string Sibling(string databasePath, string suffix) =>
        Path.Combine(Path.GetDirectoryName(databasePath)!, Path.GetFileNameWithoutExtension(databasePath) + suffix + Path.GetExtension(databasePath));

    public static void DeleteLeftovers(string databasePath)
    {
        foreach (var file in Leftovers(databasePath))
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// Puts the database back in place after a compaction was cut short and deletes every copy.
    /// Returns true when there was something to recover: the database must be compacted again.
    /// </summary>
    public static bool RecoverInterruptedCompaction(string databasePath)
    {
        var leftovers = Leftovers(databasePath);
        if (leftovers.Count == 0)
        {
            return false;
        }

        if (!File.Exists(databasePath))
        {
            var name = Path.GetFileNameWithoutExtension(databasePath);
            var extension = Path.GetExtension(databasePath);
            var replacement = Newest(leftovers, name + "-temp", extension) ?? Newest(leftovers, name + "-backup", extension);
            if (replacement is not null)
            {
                File.Move(replacement, databasePath);
            }
        }

        DeleteLeftovers(databasePath);
        return true;
    }

    /// <summary>The newest complete data file of one kind (<c>name-temp.db</c>, <c>name-temp-2.db</c>), not its log.</summary>
    private static string? Newest(IEnumerable<string> files, string prefix, string extension) => files
        .Where(file =>
        {
            var name = Path.GetFileName(file);
            if (!name.StartsWith(prefix, StringComparison.Ordinal) || !name.EndsWith(extension, StringComparison.Ordinal)
                || name.Length < prefix.Length + extension.Length)
            {
                return false;
            }

            var middle = name[prefix.Length..^extension.Length];
            return middle.Length == 0 || (middle.Length > 1 && middle[0] == '-' && middle[1..].All(char.IsAsciiDigit));
        })
        .OrderByDescending(File.GetLastWriteTimeUtc)
        .FirstOrDefault();
}

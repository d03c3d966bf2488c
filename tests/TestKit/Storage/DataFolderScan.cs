using System.Text;

namespace CultureHub.TestKit.Storage;

/// <summary>
/// Looks for traces of a member in every file of a folder, byte for byte: as UTF-8 (LiteDB's BSON
/// strings), as UTF-16 (.NET's in-memory encoding, should anything dump it) and case-sensitively.
/// </summary>
public static class DataFolderScan
{
    /// <summary>"file: needle (encoding)" for every trace found; empty when the folder is clean.</summary>
    public static IReadOnlyList<string> Traces(string folder, IEnumerable<string> needles)
    {
        var patterns = needles
            .SelectMany(n => new[] { (n, "UTF-8", Encoding.UTF8.GetBytes(n)), (n, "UTF-16", Encoding.Unicode.GetBytes(n)) })
            .ToList();
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var bytes = ReadShared(file);
            foreach (var (needle, encoding, pattern) in patterns)
            {
                if (bytes.AsSpan().IndexOf(pattern) >= 0)
                {
                    found.Add($"{Path.GetFileName(file)}: {needle} ({encoding})");
                }
            }
        }

        return found;
    }

    /// <summary>Reads a file the running host may still hold open.</summary>
    private static byte[] ReadShared(string file)
    {
        // The instance lock file is empty and held exclusively (an advisory lock that refuses any reader).
        if (new FileInfo(file).Length == 0)
        {
            return [];
        }

        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

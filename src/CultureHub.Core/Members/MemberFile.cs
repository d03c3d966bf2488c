using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CultureHub.Core.Members;

/// <summary>One member in the exchange format shared with the matching development set.</summary>
public sealed record MemberFileEntry(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("town")] string Town,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("about")] string About,
    [property: JsonPropertyName("looking_for")] string LookingFor);

/// <summary>The <c>{"members": [...]}</c> file read by <c>import</c> and <c>match</c> and written by <c>export</c>.</summary>
public sealed record MemberFile([property: JsonPropertyName("members")] IReadOnlyList<MemberFileEntry> Members)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<MemberFile> ReadAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        var file = await JsonSerializer.DeserializeAsync<MemberFile>(stream, Options, cancellationToken)
            ?? throw new InvalidDataException($"{path} holds no members.");
        var broken = file.Members.FirstOrDefault(m => string.IsNullOrWhiteSpace(m?.Id) || m.Name is null);
        return file.Members is null || broken is not null || file.Members.Any(m => m is null)
            ? throw new InvalidDataException($"{path}: every member needs an \"id\" and a \"name\".")
            : file with { Members = file.Members.Select(Normalize).ToList() };
    }

    public async Task WriteAsync(string path, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(this, Options);
        await File.WriteAllTextAsync(path, json + "\n", cancellationToken);
    }

    private static MemberFileEntry Normalize(MemberFileEntry entry) => entry with
    {
        Town = entry.Town ?? string.Empty,
        Language = entry.Language ?? "de",
        About = entry.About ?? string.Empty,
        LookingFor = entry.LookingFor ?? string.Empty,
    };
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CultureHub.Core.Members;

/// <summary>
/// One member in the exchange format shared with the matching development set. <see cref="Corrections"/>
/// is this bot's addition: the labels a member added or removed, left out when there are none, so
/// files of the development set read and write exactly as they are.
/// </summary>
public sealed record MemberFileEntry(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("town")] string Town,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("about")] string About,
    [property: JsonPropertyName("looking_for")] string LookingFor,
    [property: JsonPropertyName("corrections"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] MemberFileCorrections? Corrections = null);

/// <summary>A member's label corrections in the exchange format (taxonomy ids); empty lists are left out.</summary>
public sealed record MemberFileCorrections(
    [property: JsonPropertyName("added_offers"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? AddedOffers = null,
    [property: JsonPropertyName("removed_offers"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? RemovedOffers = null,
    [property: JsonPropertyName("added_seeks"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? AddedSeeks = null,
    [property: JsonPropertyName("removed_seeks"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? RemovedSeeks = null)
{
    public static MemberFileCorrections? From(LabelCorrections corrections) => corrections.IsEmpty
        ? null
        : new(OrNull(corrections.AddedOffers), OrNull(corrections.RemovedOffers), OrNull(corrections.AddedSeeks), OrNull(corrections.RemovedSeeks));

    /// <summary>The corrections, keeping only ids for which <paramref name="isKnown"/> holds on their side.</summary>
    public LabelCorrections ToCorrections(Func<LabelSide, string, bool> isKnown) => new()
    {
        AddedOffers = Known(AddedOffers, LabelSide.Offer, isKnown),
        RemovedOffers = Known(RemovedOffers, LabelSide.Offer, isKnown),
        AddedSeeks = Known(AddedSeeks, LabelSide.Seek, isKnown),
        RemovedSeeks = Known(RemovedSeeks, LabelSide.Seek, isKnown),
    };

    private static IReadOnlyList<string>? OrNull(IReadOnlyList<string> ids) => ids.Count == 0 ? null : ids;

    private static List<string> Known(IReadOnlyList<string>? ids, LabelSide side, Func<LabelSide, string, bool> isKnown) =>
        (ids ?? []).Where(id => !string.IsNullOrWhiteSpace(id) && isKnown(side, id)).Distinct(StringComparer.Ordinal).ToList();
}

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

using System.Text.Json;
using System.Text.Json.Serialization;
using CultureHub.Core.Members;

namespace CultureHub.Core.Matching;

/// <summary>The shape of one <c>data/taxonomy/*.json</c> file, and its translation into entries.</summary>
internal static class TaxonomyFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static (IReadOnlyList<TaxonomyEntry> Entries, TaxonomyCues? Cues) Parse(string fileName, string json)
    {
        FileDto dto;
        try
        {
            dto = JsonSerializer.Deserialize<FileDto>(json, Options) ?? new FileDto();
        }
        catch (JsonException ex)
        {
            throw new TaxonomyException($"{fileName}: not valid taxonomy JSON ({ex.Message})", ex);
        }

        var entries = new List<TaxonomyEntry>();
        entries.AddRange((dto.Competences ?? []).Select(e => ToEntry(fileName, e, EntryKind.Competence)));
        entries.AddRange((dto.Needs ?? []).Select(e => ToEntry(fileName, e, EntryKind.Need)));
        entries.AddRange((dto.Styles ?? []).Select(e => ToEntry(fileName, e, EntryKind.Style)));
        var cues = dto.Cues is null ? null : new TaxonomyCues(Terms(dto.Cues.Local), Terms(dto.Cues.Remote), Terms(dto.Cues.Negation), Terms(dto.Cues.About)) { OthersNeed = Terms(dto.Cues.OthersNeed), Own = Terms(dto.Cues.Own), Clause = ClauseCuesOf(dto.Cues) };
        return (entries, cues);
    }

    private static TaxonomyEntry ToEntry(string fileName, EntryDto e, EntryKind kind)
    {
        var where = $"{fileName}: {kind.ToString().ToLowerInvariant()} '{e.Id}'";
        if (string.IsNullOrWhiteSpace(e.Id))
        {
            throw new TaxonomyException($"{fileName}: an entry of kind {kind} has no id");
        }

        if (e.Label is null || string.IsNullOrWhiteSpace(e.Label.De) || string.IsNullOrWhiteSpace(e.Label.En))
        {
            throw new TaxonomyException($"{where} needs a label in both languages (de and en)");
        }

        Sector? sector = null;
        if (e.Sector is not null)
        {
            sector = Sectors.Parse(e.Sector) ?? throw new TaxonomyException(
                $"{where} has unknown sector '{e.Sector}' (known: {string.Join(", ", Sectors.All.Select(s => s.Id()))})");
        }
        else if (kind == EntryKind.Competence)
        {
            throw new TaxonomyException($"{where} needs a sector");
        }

        var mode = e.Mode switch
        {
            null or "either" => WorkMode.Either,
            "in_person" => WorkMode.InPerson,
            "remote" => WorkMode.Remote,
            _ => throw new TaxonomyException($"{where} has unknown mode '{e.Mode}' (use in_person, remote or either)"),
        };
        var label = new LocalizedText(e.Label.De, e.Label.En);
        var offer = e.Offer is null ? label : new LocalizedText(e.Offer.De ?? label.De, e.Offer.En ?? label.En);
        var sought = e.Sought is null ? label : new LocalizedText(e.Sought.De ?? label.De, e.Sought.En ?? label.En);
        var asGroup = e.OfferGroup is null ? offer : new LocalizedText(e.OfferGroup.De ?? offer.De, e.OfferGroup.En ?? offer.En);
        return new TaxonomyEntry(e.Id, kind, sector, label, offer, Terms(e.Synonyms), Terms(e.Phrasings), mode, e.Serves ?? [], e.Reverse)
        {
            Sought = sought, OfferAsGroup = asGroup, IsGroup = e.Group, IsAnySector = e.AnySector, SeekerOffers = e.SeekerOffers ?? [],
        };
    }

    private static ClauseCues ClauseCuesOf(CuesDto c) => new(
        Terms(c.Joins), Terms(c.Speakers), Terms(c.Articles), Terms(c.Membership),
        Terms(c.Relatives), Terms(c.LightVerbs), Terms(c.Limiters), Terms(c.Contrasts))
    {
        Past = Terms(c.Past), Ended = Terms(c.Ended), Present = Terms(c.Present),
        NameHeads = Terms(c.NameHeads), Homographs = Terms(c.Homographs), Skills = Terms(c.Skills),
        Limitable = Terms(c.Limitable), Ensemble = Terms(c.Ensemble), Making = Terms(c.Making), Jobs = Terms(c.Jobs),
        Capacity = Terms(c.Capacity), Being = Terms(c.Being), Liking = Terms(c.Liking), Recipients = Terms(c.Recipients),
    };

    private static LocalizedTerms Terms(TermsDto? t) => t is null ? LocalizedTerms.None : new LocalizedTerms(t.De ?? [], t.En ?? []);

    private sealed class FileDto
    {
        [JsonPropertyName("$comment")]
        public string? Comment { get; set; }

        public List<EntryDto>? Competences { get; set; }

        public List<EntryDto>? Needs { get; set; }

        public List<EntryDto>? Styles { get; set; }

        public CuesDto? Cues { get; set; }
    }

    private sealed class EntryDto
    {
        public string Id { get; set; } = string.Empty;

        public string? Sector { get; set; }

        public TextDto? Label { get; set; }

        public TextDto? Offer { get; set; }

        public TextDto? Sought { get; set; }

        public TextDto? OfferGroup { get; set; }

        public TermsDto? Synonyms { get; set; }

        public TermsDto? Phrasings { get; set; }

        public string? Mode { get; set; }

        public List<string>? Serves { get; set; }

        public bool Reverse { get; set; }

        public bool Group { get; set; }

        public bool AnySector { get; set; }

        public List<string>? SeekerOffers { get; set; }
    }

    private sealed class TextDto
    {
        public string? De { get; set; }

        public string? En { get; set; }
    }

    private sealed class TermsDto
    {
        public List<string>? De { get; set; }

        public List<string>? En { get; set; }
    }

    private sealed class CuesDto
    {
        public TermsDto? Local { get; set; }

        public TermsDto? Remote { get; set; }

        public TermsDto? Negation { get; set; }

        public TermsDto? About { get; set; }

        public TermsDto? OthersNeed { get; set; }

        public TermsDto? Own { get; set; }

        public TermsDto? Joins { get; set; }

        public TermsDto? Speakers { get; set; }

        public TermsDto? Articles { get; set; }

        public TermsDto? Membership { get; set; }

        public TermsDto? Relatives { get; set; }

        public TermsDto? LightVerbs { get; set; }

        public TermsDto? Limiters { get; set; }

        public TermsDto? Contrasts { get; set; }

        public TermsDto? Past { get; set; }

        public TermsDto? Ended { get; set; }

        public TermsDto? Present { get; set; }

        public TermsDto? NameHeads { get; set; }

        public TermsDto? Homographs { get; set; }

        public TermsDto? Skills { get; set; }

        public TermsDto? Limitable { get; set; }

        public TermsDto? Ensemble { get; set; }

        public TermsDto? Making { get; set; }

        public TermsDto? Jobs { get; set; }

        public TermsDto? Capacity { get; set; }

        public TermsDto? Being { get; set; }

        public TermsDto? Liking { get; set; }

        public TermsDto? Recipients { get; set; }
    }
}

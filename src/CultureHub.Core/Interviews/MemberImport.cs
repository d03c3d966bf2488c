using CultureHub.Core.Members;
using CultureHub.Core.Places;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Interviews;

public sealed record ImportResult(int Added, int Updated);

/// <summary>
/// Loads members from the exchange format as if each had been interviewed (idempotent by id),
/// and writes them back in the same format.
/// </summary>
public sealed class MemberImport(IMemberStore members, IGazetteer gazetteer, ICompetenceExtractor extractor, UnderstoodLabels labels, TimeProvider time)
{
    public const string ImportConsentVersion = "import";

    public async Task<ImportResult> ImportAsync(MemberFile file, CancellationToken cancellationToken)
    {
        int added = 0, updated = 0;
        var now = time.GetUtcNow();
        for (var i = 0; i < file.Members.Count; i++)
        {
            var entry = file.Members[i];
            var existing = await members.GetAsync(entry.Id, cancellationToken);
            var language = LanguageCodes.Parse(entry.Language) ?? Language.De;
            var tags = extractor.Extract(entry.About, entry.LookingFor, language);
            var corrections = entry.Corrections?.ToCorrections(IsKnown) ?? existing?.Corrections ?? LabelCorrections.None;
            var offerTags = corrections.Apply(LabelSide.Offer, tags.Offers);
            var place = string.IsNullOrWhiteSpace(entry.Town) ? null : gazetteer.Resolve(entry.Town)?.Place;
            var member = (existing ?? new Member
            {
                Id = entry.Id,
                DisplayName = entry.Name,
                Consent = new ConsentRecord(ImportConsentVersion, now),
                CreatedAt = now.AddMilliseconds(i),
            }) with
            {
                DisplayName = entry.Name,
                Language = language,
                Town = string.IsNullOrWhiteSpace(entry.Town) ? null : new MemberTown(entry.Town, place),
                Offers = entry.About,
                Seeks = entry.LookingFor,
                OfferTags = offerTags,
                SeekTags = corrections.Apply(LabelSide.Seek, tags.Seeks),
                Corrections = corrections,
                Sectors = IsInterviewed(existing) && existing!.Sectors.Count > 0 ? existing.Sectors : labels.Sectors(offerTags),
                UpdatedAt = now,
            };
            await members.UpsertAsync(member, cancellationToken);
            _ = existing is null ? added++ : updated++;
        }

        return new ImportResult(added, updated);
    }

    public async Task<MemberFile> ExportAsync(CancellationToken cancellationToken)
    {
        var all = await members.ListAsync(cancellationToken);
        var entries = all
            .OrderBy(m => m.CreatedAt)
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .Select(m => new MemberFileEntry(
                m.Id, m.DisplayName, m.Town?.Text ?? string.Empty, m.Language.ToCode(), m.Offers, m.Seeks, MemberFileCorrections.From(m.Corrections)))
            .ToList();
        return new MemberFile(entries);
    }

    /// <summary>Sectors a member chose in an interview are theirs; imported members' sectors follow their offers.</summary>
    private static bool IsInterviewed(Member? member) => member is not null && member.Consent.Version != ImportConsentVersion;

    private bool IsKnown(LabelSide side, string competenceId) => labels.Vocabulary.Find(competenceId, Language.De)?.Fits(side) == true;

    /// <summary>The words that name a sector when a member types their sectors.</summary>
    public static IReadOnlyDictionary<Sector, string[]> SectorWords(TextCatalog texts) => Sectors.All.ToDictionary(
        s => s,
        s => Enum.GetValues<Language>()
            .SelectMany(l => texts.Get(l, SectorTextKeys.Words(s)).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(w => w.ToLowerInvariant())
            .Distinct()
            .ToArray());
}

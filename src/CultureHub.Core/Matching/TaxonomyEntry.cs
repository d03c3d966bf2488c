using CultureHub.Core.Members;

namespace CultureHub.Core.Matching;

/// <summary>A text in both languages CultureHub speaks.</summary>
public sealed record LocalizedText(string De, string En)
{
    public string For(Language language) => language == Language.En ? En : De;
}

/// <summary>Words or phrases in both languages. A trailing <c>*</c> on a word matches any ending.</summary>
public sealed record LocalizedTerms(IReadOnlyList<string> De, IReadOnlyList<string> En)
{
    public static LocalizedTerms None { get; } = new([], []);

    public IReadOnlyList<string> For(Language language) => language == Language.En ? En : De;
}

/// <summary>Whether a competence is usually delivered where the people are, or from anywhere.</summary>
public enum WorkMode
{
    InPerson,
    Either,
    Remote,
}

public enum EntryKind
{
    /// <summary>Something a member can offer (and others can seek).</summary>
    Competence,

    /// <summary>Something only sought, served by competences that list it (a stage to play on, an audience).</summary>
    Need,

    /// <summary>A genre or style: not matched on its own, but it makes a fit better.</summary>
    Style,
}

/// <summary>
/// One entry of the taxonomy. <see cref="Serves"/> lists the needs a competence answers besides its own id;
/// <see cref="IsReverse"/> marks a need served by whoever seeks what the member offers ("clients").
/// </summary>
public sealed record TaxonomyEntry(
    string Id,
    EntryKind Kind,
    Sector? Sector,
    LocalizedText Label,
    LocalizedText OfferPhrase,
    LocalizedTerms Synonyms,
    LocalizedTerms Phrasings,
    WorkMode Mode,
    IReadOnlyList<string> Serves,
    bool IsReverse)
{
    /// <summary>
    /// The label as the object of "Du suchst …" / "You're looking for …", with the article and case the
    /// sentence needs ("eine Band", "einen Proberaum", "a band"); the label where the data gives none.
    /// </summary>
    public LocalizedText Sought { get; init; } = Label;

    /// <summary>
    /// The offer said of the group itself rather than of a member of one: "Die Moorsoldaten ist eine Band", where
    /// <see cref="OfferPhrase"/> says "spielt in einer Band" of a bassist; the offer phrase where the data gives none.
    /// </summary>
    public LocalizedText OfferAsGroup { get; init; } = OfferPhrase;

    /// <summary>
    /// A group one joins (a band, a choir): a member who seeks one is answered by anyone who seeks what the
    /// member plays for a group of that kind (a bassist after a band, and a band or drummer after a bassist).
    /// </summary>
    public bool IsGroup { get; init; }

    /// <summary>
    /// Work done in every sector (lessons and workshops): <see cref="Sector"/> says where it is filed, but a
    /// member's sectors follow their other offers, so a dancer who teaches is not taken for a musician.
    /// </summary>
    public bool IsAnySector { get; init; }

    /// <summary>
    /// What a member offers by seeking this: whoever seeks an internship offers themself as a trainee, and
    /// whoever seeks a trainee offers a place to learn, so the two find each other though neither named an offer.
    /// </summary>
    public IReadOnlyList<string> SeekerOffers { get; init; } = [];
}

/// <summary>
/// Cue words that change how words are read: locality, remote work, negation, and "about" words
/// after which a competence is the subject or audience of someone's work rather than what they offer
/// ("ich schreibe über Musik", "Websites für Bands").
/// </summary>
public sealed record TaxonomyCues(LocalizedTerms Local, LocalizedTerms Remote, LocalizedTerms Negation, LocalizedTerms About)
{
    public static TaxonomyCues None { get; } = new(LocalizedTerms.None, LocalizedTerms.None, LocalizedTerms.None, LocalizedTerms.None);

    /// <summary>
    /// Verbs that, shortly after a sought term, say the term is someone else's need: "Bands, die
    /// Artwork brauchen" seeks bands (as clients), not artwork.
    /// </summary>
    public LocalizedTerms OthersNeed { get; init; } = LocalizedTerms.None;

    /// <summary>
    /// Possessives that, after "für"/"for", name what the seeker already has and wants help for:
    /// "Musiker für meine Band" seeks musicians, not a band.
    /// </summary>
    public LocalizedTerms Own { get; init; } = LocalizedTerms.None;

    /// <summary>The closed word classes the clause reader needs (<see cref="ClauseCues"/>).</summary>
    public ClauseCues Clause { get; init; } = ClauseCues.None;
}

/// <summary>
/// Function words by which the reader tells a member's own role from whom they work for, and their own
/// needs from other people's: see <c>data/taxonomy/cues.json</c> for what each list does.
/// </summary>
public sealed record ClauseCues(
    LocalizedTerms Joins,
    LocalizedTerms Speakers,
    LocalizedTerms Articles,
    LocalizedTerms Membership,
    LocalizedTerms Relatives,
    LocalizedTerms LightVerbs,
    LocalizedTerms Limiters,
    LocalizedTerms Contrasts)
{
    /// <summary>Words before a term that put it in the past ("früher", "used to").</summary>
    public LocalizedTerms Past { get; init; } = LocalizedTerms.None;

    /// <summary>Verbs after a term that say it has ended ("aufgelöst", "broke up").</summary>
    public LocalizedTerms Ended { get; init; } = LocalizedTerms.None;

    /// <summary>Words that return to the present and end a past marker's reach ("heute", "now").</summary>
    public LocalizedTerms Present { get; init; } = LocalizedTerms.None;

    /// <summary>Nouns after which capitalised words are a name ("Band Grauwolke", "Trio Blue Moon", "called").</summary>
    public LocalizedTerms NameHeads { get; init; } = LocalizedTerms.None;

    /// <summary>Word forms that look like a term but mean something else ("Bände" are book volumes, not bands).</summary>
    public LocalizedTerms Homographs { get; init; } = LocalizedTerms.None;

    /// <summary>Words by which a member says what they are good at ("an der Kamera bin ich gut").</summary>
    public LocalizedTerms Skills { get; init; } = LocalizedTerms.None;

    /// <summary>The negations a limiter undoes ("nicht nur"); "statt nur" still negates.</summary>
    public LocalizedTerms Limitable { get; init; } = LocalizedTerms.None;

    /// <summary>Phrases by which a group speaks of itself as a group ("wir sind zu viert", "four-piece").</summary>
    public LocalizedTerms Ensemble { get; init; } = LocalizedTerms.None;

    /// <summary>Verbs of making and mending things ("baue", "build", "repariere"): their object is a product.</summary>
    public LocalizedTerms Making { get; init; } = LocalizedTerms.None;

    /// <summary>Nouns for paid work of a kind ("Aufträge", "Jobs", "gigs"): "Sprechaufträge" seeks work as a voice.</summary>
    public LocalizedTerms Jobs { get; init; } = LocalizedTerms.None;

    /// <summary>Forms of "sein" and "haben": after them a thing is what the member is or has, not an object of their work.</summary>
    public LocalizedTerms Being { get; init; } = LocalizedTerms.None;

    /// <summary>Words of liking ("Fan von", "liebe", "love"): in an offer, what is liked is not offered.</summary>
    public LocalizedTerms Liking { get; init; } = LocalizedTerms.None;

    /// <summary>"an" before a bare noun: "verkaufe Drucke an Galerien" names whom the work goes to, not the member's role.</summary>
    public LocalizedTerms Recipients { get; init; } = LocalizedTerms.None;

    /// <summary>"als" / "as" after such a noun: "Aufträge als Fotografin" seeks work as a photographer.</summary>
    public LocalizedTerms Capacity { get; init; } = LocalizedTerms.None;

    public static ClauseCues None { get; } = new(
        LocalizedTerms.None, LocalizedTerms.None, LocalizedTerms.None, LocalizedTerms.None,
        LocalizedTerms.None, LocalizedTerms.None, LocalizedTerms.None, LocalizedTerms.None);
}

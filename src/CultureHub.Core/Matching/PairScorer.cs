namespace CultureHub.Core.Matching;

/// <summary>How a candidate fits a member, before the explanation is written.</summary>
/// <param name="NeedId">The need the explanation leads with, served by <paramref name="OfferId"/>.</param>
/// <param name="ReturnNeedId">When the fit runs both ways, the need served the other way round (-1 otherwise), by <paramref name="ReturnOfferId"/>.</param>
internal readonly record struct PairScore(int Candidate, double Score, bool IsMutual, double? DistanceKm, FitKind Kind, int NeedId, int OfferId, int ReturnNeedId, int ReturnOfferId);

internal enum FitKind
{
    ServesYou,
    YouServe,
    TheyNeedYou,
}

/// <summary>
/// Scores need→offer fit in both directions. A candidate who serves the member's need ranks first,
/// and higher still when the member serves one of theirs; distance counts only for in-person needs.
/// </summary>
internal sealed class PairScorer(TaxonomyCodes codes)
{
    private const double OtherNeedsShare = 0.25;
    private const double MutualShare = 0.4;
    private const double OneWayShare = 0.15;
    private const double StyleBonus = 0.15;
    private const double CrossSectorBonus = 0.1;
    private const double DescribedClientShare = 0.4;
    private const double OtherClientShare = 0.8;
    private const double JoiningShare = 0.5;

    public PairScore Score(CompiledProfile member, CompiledProfile candidate)
    {
        var distance = member.Profile.Location is { } a && candidate.Profile.Location is { } b ? a.DistanceKmTo(b) : (double?)null;
        var forward = Fit(member.Needs, member.Profile.Locality, candidate.Offers, distance, candidate.Profile.IsRemoteCapable);
        var backward = Fit(candidate.Needs, candidate.Profile.Locality, member.Offers, distance, member.Profile.IsRemoteCapable);
        if (Joining(member, candidate, backward) is { Value: > 0 } joining && joining.Value > forward.Value)
        {
            forward = joining;
        }

        var clientsLocality = member.Profile.Locality == Locality.Remote ? Locality.Remote : candidate.Profile.Locality;
        var clients = Fit(candidate.Needs, clientsLocality, member.ClientOffers, distance, member.Profile.IsRemoteCapable);
        double score;
        FitKind kind;
        if (forward.Value > 0 && forward.Value >= clients.Value)
        {
            score = forward.Value + (MutualShare * backward.Value);
            kind = FitKind.ServesYou;
        }
        else if (clients.Value > 0)
        {
            score = clients.Value + (MutualShare * forward.Value);
            kind = FitKind.YouServe;
        }
        else
        {
            score = OneWayShare * backward.Value;
            kind = FitKind.TheyNeedYou;
        }

        if (score <= 0)
        {
            return default;
        }

        score *= ClientShare(member, kind, forward, clients.Value, backward.Value);

        var shown = kind == FitKind.ServesYou ? forward : kind == FitKind.YouServe ? clients : backward;
        if (member.Styles.Length > 0 && candidate.Styles.Any(s => Array.IndexOf(member.Styles, s) >= 0))
        {
            score *= 1 + StyleBonus;
        }

        if (kind == FitKind.ServesYou && member.MainSector is { } own && codes.SectorOf(forward.Offer) is { } theirs && own != theirs)
        {
            score *= 1 + CrossSectorBonus;
        }

        var isMutual = forward.Value > 0 && backward.Value > 0;

        // the other way round from the one shown: the member serves the candidate when the candidate
        // serves the member's need, and the candidate serves the member when the member serves their clients
        var back = kind == FitKind.ServesYou && isMutual ? backward : kind == FitKind.YouServe && forward.Value > 0 ? forward : (Value: 0d, Need: -1, Offer: -1);
        return new PairScore(candidate.Index, score, isMutual, distance, kind, shown.Need, shown.Offer, back.Need, back.Offer);
    }

    /// <summary>
    /// A member who seeks a group to join (a bassist after a band) is answered by someone who seeks what the
    /// member plays for a group of that kind (a band, or a drummer forming one, after a bassist): both look for
    /// each other, though the candidate never called themself a band.
    /// </summary>
    private (double Value, int Need, int Offer) Joining(CompiledProfile member, CompiledProfile candidate, (double Value, int Need, int Offer) backward)
    {
        // Only a need for exactly what the member plays: "Musiker*innen" are sought by many who want no one to join them.
        if (backward.Value <= 0 || backward.Need != backward.Offer)
        {
            return default;
        }

        foreach (var need in member.Needs)
        {
            if (codes.IsGroup(need.Id) && codes.NeedsServedBy(backward.Offer).Any(n => codes.Serves(need.Id, n)))
            {
                // Shown as what the candidate is ("Kai spielt Schlagzeug"), not as a band they never named.
                var shown = candidate.Offers.Length > 0 ? candidate.Offers.MaxBy(o => o.Confidence).Id : need.Id;
                return (JoiningShare * need.Confidence * backward.Value, need.Id, shown);
            }
        }

        return default;
    }

    /// <summary>
    /// A member after clients names who they are ("theatres and dance companies who need music"): the best
    /// client is one of them who needs what the member offers; one who needs it but is of another kind comes
    /// next, and one who merely is of that kind, without saying they need it, last. The member's other needs
    /// ("und einen Schreibtisch im Coworking") are served as anyone's.
    /// </summary>
    private static double ClientShare(CompiledProfile member, FitKind kind, (double Value, int Need, int Offer) forward, double clients, double backward)
    {
        if (!member.IsAfterClients)
        {
            return 1;
        }

        return kind switch
        {
            FitKind.ServesYou when clients <= 0 && backward <= 0 && member.IsClientNeed(forward.Need) => DescribedClientShare,
            FitKind.YouServe when forward.Value <= 0 => OtherClientShare,
            _ => 1,
        };
    }

    private (double Value, int Need, int Offer) Fit(Weighted[] needs, Locality locality, Weighted[] offers, double? distance, bool isRemoteCapable)
    {
        double best = 0, others = 0;
        int bestNeed = -1, bestOffer = -1;
        foreach (var need in needs)
        {
            double needBest = 0;
            var offerForNeed = -1;
            foreach (var offer in offers)
            {
                if (!codes.Serves(offer.Id, need.Id))
                {
                    continue;
                }

                var value = need.Confidence * offer.Confidence * codes.SpecificityOf(need.Id) * Proximity(ModeFor(codes.ModeOf(need.Id), isRemoteCapable), locality, distance);
                if (value > needBest)
                {
                    needBest = value;
                    offerForNeed = offer.Id;
                }
            }

            if (needBest > best)
            {
                others += best;
                best = needBest;
                bestNeed = need.Id;
                bestOffer = offerForNeed;
            }
            else
            {
                others += needBest;
            }
        }

        return (best + (OtherNeedsShare * others), bestNeed, bestOffer);
    }

    /// <summary>
    /// Someone who says they work remotely serves from afar what is usually done either way (an editor
    /// who works online is not a worse fit than a camera operator next door because of the distance);
    /// what is done in person stays in person.
    /// </summary>
    internal static WorkMode ModeFor(WorkMode mode, bool isRemoteCapable) =>
        isRemoteCapable && mode == WorkMode.Either ? WorkMode.Remote : mode;

    /// <summary>1 for a perfect fit nearby, falling with distance as far as the kind of need cares.</summary>
    internal static double Proximity(WorkMode mode, Locality locality, double? distanceKm)
    {
        if (locality == Locality.Remote || mode == WorkMode.Remote && locality != Locality.Local)
        {
            return distanceKm is { } r ? 0.9 + (0.1 / (1 + Math.Pow(r / 100, 2))) : 0.95;
        }

        if (distanceKm is not { } d)
        {
            return mode == WorkMode.Either && locality != Locality.Local ? 0.8 : 0.5;
        }

        if (locality == Locality.Local)
        {
            return 1 / (1 + Math.Pow(d / 50, 2));
        }

        return mode == WorkMode.InPerson ? 1 / (1 + Math.Pow(d / 80, 2)) : 0.55 + (0.45 / (1 + Math.Pow(d / 80, 2)));
    }
}

namespace CultureHub.Core.Places;

/// <summary>A place found in a member's text; 1.0 is an exact name, lower values are guesses.</summary>
public sealed record PlaceMatch(Place Place, double Confidence);

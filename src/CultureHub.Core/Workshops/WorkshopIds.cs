using System.Security.Cryptography;

namespace CultureHub.Core.Workshops;

/// <summary>Short ids and check-in codes without look-alike characters (no 0/o, 1/l/i).</summary>
public static class WorkshopIds
{
    private const string IdAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";
    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string NewId() => RandomNumberGenerator.GetString(IdAlphabet, 5);

    public static string NewCheckInCode() => RandomNumberGenerator.GetString(CodeAlphabet, 4);

    /// <summary>What a member typed ("#K7M2Q ", "k7m2q") as a stored id.</summary>
    public static string Normalise(string typed) => typed.Trim().TrimStart('#').ToLowerInvariant();
}

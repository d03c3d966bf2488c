using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CultureHub.Web.Dashboard;

/// <summary>
/// Password hashes for dashboard accounts: <c>pbkdf2-sha256$ITERATIONS$SALT$HASH</c>, PBKDF2 with
/// HMAC-SHA-256, a 16-byte random salt and a 32-byte key, salt and key in standard base64.
/// </summary>
public static class PasswordHashFormat
{
    public const string Prefix = "pbkdf2-sha256";

    /// <summary>OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256.</summary>
    public const int DefaultIterations = 600_000;

    private const int SaltBytes = 16;
    private const int KeyBytes = 32;

    public static string Hash(string password, int iterations = DefaultIterations)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var key = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, KeyBytes);
        return string.Join('$', Prefix, iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(key));
    }

    public static bool Verify(string password, string encoded)
    {
        if (!TryParse(encoded, out var iterations, out var salt, out var expected))
        {
            return false;
        }

        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    public static bool IsWellFormed(string encoded) => TryParse(encoded, out _, out _, out _);

    /// <summary>The PBKDF2 iterations of a hash, or <see cref="DefaultIterations"/> when it is malformed.</summary>
    public static int IterationsOf(string encoded) => TryParse(encoded, out var iterations, out _, out _) ? iterations : DefaultIterations;

    private static bool TryParse(string encoded, out int iterations, out byte[] salt, out byte[] key)
    {
        iterations = 0;
        salt = key = [];
        var parts = (encoded ?? string.Empty).Split('$');
        if (parts.Length != 4 || parts[0] != Prefix || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out iterations) || iterations < 1000)
        {
            return false;
        }

        try
        {
            salt = Convert.FromBase64String(parts[2]);
            key = Convert.FromBase64String(parts[3]);
            return salt.Length >= 8 && key.Length >= 16;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}

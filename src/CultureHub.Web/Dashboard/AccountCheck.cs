using Microsoft.Extensions.Options;

namespace CultureHub.Web.Dashboard;

/// <summary>Checks a user name and password against the configured accounts.</summary>
public sealed class AccountCheck(IOptions<DashboardOptions> options)
{
    /// <summary>
    /// Verified for unknown user names, with as many PBKDF2 iterations as the costliest account,
    /// so an unknown name takes as long as a known one and timing does not tell which names exist.
    /// Made when the check is created, not on the first unknown name, so that one is no slower.
    /// </summary>
    internal string DecoyHash { get; } = PasswordHashFormat.Hash("decoy", DecoyIterations(options.Value));

    public DashboardUser? Check(string? userName, string? password)
    {
        var account = options.Value.Accounts.FirstOrDefault(a => string.Equals(a.UserName, userName, StringComparison.OrdinalIgnoreCase));
        var matches = PasswordHashFormat.Verify(password ?? string.Empty, account?.PasswordHash ?? DecoyHash);
        return account is not null && matches && !string.IsNullOrEmpty(password) ? new DashboardUser(account.UserName, [account.Hub]) : null;
    }

    private static int DecoyIterations(DashboardOptions options) =>
        options.Accounts.Select(a => PasswordHashFormat.IterationsOf(a.PasswordHash)).DefaultIfEmpty(PasswordHashFormat.DefaultIterations).Max();
}

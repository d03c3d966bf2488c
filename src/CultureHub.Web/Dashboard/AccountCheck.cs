using Microsoft.Extensions.Options;

namespace CultureHub.Web.Dashboard;

/// <summary>Checks a user name and password against the configured accounts.</summary>
public sealed class AccountCheck(IOptions<DashboardOptions> options)
{
    /// <summary>Spent on unknown user names too, so timing does not tell which names exist.</summary>
    private static readonly string DecoyHash = PasswordHashFormat.Hash("decoy", 10_000);

    public DashboardUser? Check(string? userName, string? password)
    {
        var account = options.Value.Accounts.FirstOrDefault(a => string.Equals(a.UserName, userName, StringComparison.OrdinalIgnoreCase));
        var matches = PasswordHashFormat.Verify(password ?? string.Empty, account?.PasswordHash ?? DecoyHash);
        return account is not null && matches && !string.IsNullOrEmpty(password) ? new DashboardUser(account.UserName, [account.Hub]) : null;
    }
}

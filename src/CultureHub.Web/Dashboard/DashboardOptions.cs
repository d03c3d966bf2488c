using System.ComponentModel.DataAnnotations;
using CultureHub.Core.Workshops;

namespace CultureHub.Web.Dashboard;

/// <summary>A partner staff account. <see cref="PasswordHash"/> comes from <c>culturehub hash-password</c>.</summary>
public sealed class DashboardAccount
{
    [Required]
    [RegularExpression("^[A-Za-z0-9._@-]{2,64}$")]
    public string UserName { get; set; } = string.Empty;

    /// <summary><c>pbkdf2-sha256$iterations$salt$hash</c>, see <see cref="PasswordHashFormat"/>.</summary>
    [Required]
    public string PasswordHash { get; set; } = string.Empty;

    /// <summary>A hub id, or <c>*</c> for the network coordination (all hubs in detail).</summary>
    [Required]
    [RegularExpression(@"^(\*|[a-z0-9-]{2,20})$")]
    public string Hub { get; set; } = "*";
}

/// <summary>The <c>Dashboard</c> section: who may sign in, and how the one-time links look.</summary>
public sealed class DashboardOptions
{
    public const string SectionName = "Dashboard";

    public List<DashboardAccount> Accounts { get; set; } = [];

    /// <summary>Identity keys (<c>telegram:123</c>) that may ask the bot for a link and see all hubs; hub staff see their hub.</summary>
    public List<string> StaffIdentities { get; set; } = [];

    /// <summary>Base address of the dashboard as staff reach it (behind the proxy); the one-time links start with it, and https here makes every cookie Secure.</summary>
    [Url]
    public string? PublicUrl { get; set; }

    /// <summary>Reverse proxies (addresses, or networks like <c>10.0.0.0/8</c>) whose X-Forwarded-For and X-Forwarded-Proto are believed.</summary>
    public List<string> KnownProxies { get; set; } = [];

    public bool IsPublicUrlHttps => PublicUrl?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true;

    [Range(1, 60)]
    public int LinkLifetimeMinutes { get; set; } = 10;

    /// <summary>Idle time after which a session ends (sliding).</summary>
    [Range(5, 24 * 60)]
    public int SessionMinutes { get; set; } = 120;

    /// <summary>The web chat's visitors are anonymous: a web: identity must not open the dashboard.</summary>
    public static bool HasNoWebStaff(DashboardOptions options) =>
        !options.StaffIdentities.Any(HubsOptions.IsWebIdentity);

    public static bool IsValid(DashboardOptions options) =>
        options.Accounts.All(a => Validator.TryValidateObject(a, new ValidationContext(a), null, validateAllProperties: true) && PasswordHashFormat.IsWellFormed(a.PasswordHash))
        && options.Accounts.Select(a => a.UserName).Distinct(StringComparer.OrdinalIgnoreCase).Count() == options.Accounts.Count;
}

using System.Security.Claims;

namespace CultureHub.Web.Dashboard;

/// <summary>Who is signed in and which hubs they may see in detail (<c>*</c> = all).</summary>
public sealed record DashboardUser(string Name, IReadOnlyList<string> Hubs)
{
    public const string HubClaim = "culturehub:hub";
    public const string AllHubs = "*";

    public bool CanSeeHub(string hubId) => Hubs.Contains(AllHubs) || Hubs.Contains(hubId, StringComparer.OrdinalIgnoreCase);

    public ClaimsPrincipal ToPrincipal(string method) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, Name), new Claim(ClaimTypes.AuthenticationMethod, method), .. Hubs.Select(h => new Claim(HubClaim, h))],
            DashboardAuthentication.Scheme));

    public static DashboardUser From(ClaimsPrincipal principal) =>
        new(principal.Identity?.Name ?? "?", principal.FindAll(HubClaim).Select(c => c.Value).ToList());
}

using CultureHub.Web.Dashboard;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CultureHub.Web;

/// <summary>
/// Where people reach this server: <c>Dashboard:PublicUrl</c> when it sits behind a proxy, else
/// <c>WebChat:Url</c>. Links start with it, and an https address makes every cookie Secure even
/// when the proxy talks plain http to Kestrel.
/// </summary>
public sealed class PublicAddress(IOptions<DashboardOptions> dashboard, IOptions<WebChatOptions> web)
{
    public string BaseUrl => (dashboard.Value.PublicUrl ?? web.Value.Url).TrimEnd('/');

    public bool IsHttps => dashboard.Value.IsPublicUrlHttps;

    public bool RequiresSecureCookies(HttpContext http) => IsHttps || http.Request.IsHttps;
}

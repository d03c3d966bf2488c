using CultureHub.Core.Chat;
using CultureHub.Core.Insights;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CultureHub.Web.Dashboard;

/// <summary>Wires the dashboard: options, cookie sessions, antiforgery, the Core insights and the /dashboard command.</summary>
public static class DashboardAuthentication
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string Policy = "dashboard";

    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddOptions<DashboardOptions>().BindConfiguration(DashboardOptions.SectionName).ValidateDataAnnotations()
            .Validate(DashboardOptions.IsValid, "Every dashboard account needs a unique user name, a pbkdf2-sha256 hash from 'culturehub hash-password' and a hub id or '*'.")
            .Validate(DashboardOptions.HasNoWebStaff, "Dashboard:StaffIdentities cannot list web: identities (web chat visitors are anonymous).")
            .Validate(o => o.KnownProxies.All(KnownProxies.IsValid), "Dashboard:KnownProxies must list IP addresses or networks such as 10.0.0.0/8.")
            .ValidateOnStart();
        services.AddKnownProxies();
        services.AddOptions<InsightsOptions>().BindConfiguration(InsightsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddInsights();
        services.AddSingleton<DashboardTexts>();
        services.AddSingleton<TableSections>();
        services.AddSingleton<DashboardPage>();
        services.AddSingleton<ReportPage>();
        services.AddSingleton<HubPage>();
        services.AddSingleton<AccountCheck>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<LoginLinks>();
        services.AddSingleton<IDashboardLinks>(sp => sp.GetRequiredService<LoginLinks>());
        services.AddSingleton<IStaffRoster, DashboardStaff>();
        services.AddSingleton<IChatCommand, DashboardCommand>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "culturehub.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddOptions<AntiforgeryOptions>().Configure<IOptions<DashboardOptions>>((antiforgery, dashboard) =>
            antiforgery.Cookie.SecurePolicy = SecurePolicy(dashboard.Value));
        services.AddAuthentication(Scheme).AddCookie(Scheme, _ => { });
        services.AddOptions<CookieAuthenticationOptions>(Scheme).Configure<IOptions<DashboardOptions>>((cookie, dashboard) =>
        {
            cookie.Cookie.Name = "culturehub.dashboard";
            cookie.Cookie.Path = "/dashboard";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = SecurePolicy(dashboard.Value);
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(dashboard.Value.SessionMinutes);
            cookie.LoginPath = "/dashboard/login";
            cookie.AccessDeniedPath = "/dashboard/login";
            cookie.Events.OnRedirectToLogin = context => Challenge(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => Challenge(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser());
        return services;
    }

    /// <summary>Middleware and endpoints of the dashboard.</summary>
    public static WebApplication UseDashboard(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapDashboardSignIn();
        app.MapDashboardPages();
        return app;
    }

    /// <summary>Behind a proxy that ends TLS, Kestrel sees http: an https public address decides instead.</summary>
    private static CookieSecurePolicy SecurePolicy(DashboardOptions dashboard) =>
        dashboard.IsPublicUrlHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    /// <summary>Pages redirect to the sign-in form; exports (machine clients) get a bare status code.</summary>
    private static Task Challenge(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/dashboard/export", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}

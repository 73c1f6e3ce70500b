using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Zhiku.Accounts;
using Zhiku.Web.Hosting;

namespace Zhiku.Web.Accounts;

/// <summary>Cookie sign-in for the pages, bearer tokens for the API, the role policies and the sign-in rate limit.</summary>
internal static class AuthenticationSetup
{
    public static IServiceCollection AddZhikuAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(Policies.SmartScheme)
            .AddPolicyScheme(Policies.SmartScheme, "cookie or bearer", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.Count > 0 ? Policies.BearerScheme : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(Policies.BearerScheme, null)
            .AddCookie(o =>
            {
                o.Cookie.Name = "zhiku-auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/account/signin";
                o.AccessDeniedPath = "/account/denied";
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.SlidingExpiration = true;
                // The API answers 401/403; only pages redirect to the sign-in form.
                o.Events.OnRedirectToLogin = c => Answer(c, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = c => Answer(c, StatusCodes.Status403Forbidden);
                o.Events.OnValidatePrincipal = CookieValidation.ValidateAsync;
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.Import, p => p.RequireRole(UserRoles.Name(UserRole.Administrator), UserRoles.Name(UserRole.Manager), UserRoles.Name(UserRole.Analyst)))
            .AddPolicy(Policies.ManageUsers, p => p.RequireRole(UserRoles.Name(UserRole.Administrator), UserRoles.Name(UserRole.Manager)))
            .AddPolicy(Policies.ApiManageUsers, p => p.AddAuthenticationSchemes(Policies.BearerScheme)
                .RequireRole(UserRoles.Name(UserRole.Administrator), UserRoles.Name(UserRole.Manager)))
            .AddPolicy(Policies.Curate, p => p.RequireRole(UserRoles.Name(UserRole.Administrator), UserRoles.Name(UserRole.Manager)))
            .AddPolicy(Policies.ApiCurate, p => p.AddAuthenticationSchemes(Policies.BearerScheme)
                .RequireRole(UserRoles.Name(UserRole.Administrator), UserRoles.Name(UserRole.Manager)))
            .AddPolicy(Policies.ApiThesaurus, p => p.AddAuthenticationSchemes(Policies.BearerScheme)
                .RequireRole(UserRoles.Name(UserRole.Administrator), UserRoles.Name(UserRole.Manager), UserRoles.Name(UserRole.Analyst)))
            .AddPolicy(Policies.ApiConsultation, p => p.AddAuthenticationSchemes(Policies.BearerScheme).RequireAuthenticatedUser())
            .AddPolicy(Policies.ApiImport, p => p.AddAuthenticationSchemes(Policies.BearerScheme)
                .RequireRole(UserRoles.Name(UserRole.Administrator), UserRoles.Name(UserRole.Manager), UserRoles.Name(UserRole.Analyst)));
        return services;
    }

    public static IServiceCollection AddZhikuRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policies.SignInLimiter, context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }

                var permits = context.RequestServices.GetRequiredService<IOptions<ZhikuWebOptions>>().Value.SignInPermitsPerMinute;
                var user = context.Request.HasFormContentType ? UserNames.Key(context.Request.Form["UserName"].ToString()) : string.Empty;
                var key = string.Create(CultureInfo.InvariantCulture, $"{context.Connection.RemoteIpAddress}|{user}");
                return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
        });
        return services;
    }

    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
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

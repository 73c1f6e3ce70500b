namespace Zhiku.Web.Security;

/// <summary>
/// Headers on every response: a content security policy that allows only the platform's own scripts (no inline
/// script, so an injected &lt;script&gt; or onerror= cannot run even if escaping failed), no framing, no sniffing.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    // ECharts sets element styles from script; inline styles are allowed, inline scripts never.
    public const string Policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = Policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}

namespace Zhiku.Web.Accounts;

/// <summary>
/// An Authorization header the server cannot authenticate (unknown, revoked or a disabled user's token) is answered
/// 401, even where anonymous visitors may read: a client that sent a token must not silently read as anonymous.
/// </summary>
internal sealed class InvalidTokenRejection(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Headers.Authorization.Count > 0 && context.User.Identity?.IsAuthenticated != true)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            return Results.Problem("the bearer token is unknown, revoked or belongs to a disabled account", statusCode: 401, title: "Invalid token")
                .ExecuteAsync(context);
        }

        return next(context);
    }
}

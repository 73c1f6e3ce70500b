using Zhiku.Access;

namespace Zhiku.Web.Accounts;

/// <summary>The caller of the current request, computed once per request.</summary>
internal static class RequestCaller
{
    private const string Key = "zhiku-caller";

    public static Caller Caller(this HttpContext context)
    {
        if (context.Items[Key] is Caller cached)
        {
            return cached;
        }

        var caller = context.RequestServices.GetRequiredService<AccountService>().CallerOf(context.User);
        context.Items[Key] = caller;
        return caller;
    }
}

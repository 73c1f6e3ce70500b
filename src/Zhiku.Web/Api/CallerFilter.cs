using Zhiku.Web.Accounts;

namespace Zhiku.Web.Api;

/// <summary>
/// The one place an <c>/api/v1</c> endpoint learns who calls: for every handler that takes an <see cref="ApiCaller"/>,
/// the caller of the request (anonymous, a signed-in user or a bearer token) is resolved once and bound to it.
/// </summary>
internal static class CallerFilter
{
    public static RouteGroupBuilder WithCaller(this RouteGroupBuilder group) => group.AddEndpointFilterFactory(Create);

    private static EndpointFilterDelegate Create(EndpointFilterFactoryContext factory, EndpointFilterDelegate next)
    {
        var positions = factory.MethodInfo.GetParameters()
            .Where(p => p.ParameterType == typeof(ApiCaller))
            .Select(p => p.Position)
            .ToArray();
        if (positions.Length == 0)
        {
            return next;
        }

        return context =>
        {
            var caller = ApiCaller.Of(context.HttpContext.Caller());
            foreach (var position in positions)
            {
                context.Arguments[position] = caller;
            }

            return next(context);
        };
    }
}

using Zhiku.Access;

namespace Zhiku.Web.Api;

/// <summary>
/// The caller of an <c>/api/v1</c> request as a handler parameter. Binding leaves it empty; <see cref="CallerFilter"/>
/// on the <c>/api/v1</c> group resolves the caller once and puts it in, so no handler works it out by hand.
/// </summary>
internal sealed class ApiCaller
{
    private static readonly ApiCaller Unresolved = new(null);

    private readonly Caller? _caller;

    private ApiCaller(Caller? caller) => _caller = caller;

    /// <summary>The caller; an endpoint mapped outside the <c>/api/v1</c> group has none and fails loudly.</summary>
    public Caller Value => _caller ?? throw new InvalidOperationException("ApiCaller is filled in by CallerFilter: map the endpoint in the /api/v1 group");

    /// <summary>Minimal APIs bind the parameter through this; the filter replaces it before the handler runs.</summary>
    public static ValueTask<ApiCaller?> BindAsync(HttpContext context) => ValueTask.FromResult<ApiCaller?>(Unresolved);

    public static ApiCaller Of(Caller caller) => new(caller);
}

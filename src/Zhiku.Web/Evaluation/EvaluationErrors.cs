namespace Zhiku.Web.Evaluation;

/// <summary>
/// Which exceptions of the evaluation engine mean a bad input rather than a fault of the server: one filter on the
/// evaluation endpoints hands them to the exception handler as <see cref="EvaluationInputException"/>s (400, or 404 for
/// a unit or key that does not exist); the upload page shows their message.
/// </summary>
internal static class EvaluationErrors
{
    public static bool IsBad(Exception e) =>
        e is ArgumentException or InvalidOperationException or FormatException or IOException or System.Text.Json.JsonException or KeyNotFoundException;

    public static RouteGroupBuilder WithEvaluationErrors(this RouteGroupBuilder group) => group.AddEndpointFilter(async (context, next) =>
    {
        try
        {
            return await next(context);
        }
        catch (KeyNotFoundException e)
        {
            throw new EvaluationInputException(StatusCodes.Status404NotFound, e.Message, e);
        }
        catch (Exception e) when (IsBad(e) && e is not BadHttpRequestException)
        {
            throw new EvaluationInputException(StatusCodes.Status400BadRequest, e.Message, e);
        }
    });
}

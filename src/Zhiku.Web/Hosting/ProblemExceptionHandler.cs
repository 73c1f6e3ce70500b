using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Zhiku.Analytics.Documents;
using Zhiku.Search;
using Zhiku.Search.Querying;
using Zhiku.Web.Evaluation;
using Zhiku.Web.Localization;

namespace Zhiku.Web.Hosting;

/// <summary>
/// The one place an error becomes an answer: problem details in the reader's language, with what is wrong in their
/// input (a query mistake explained, a bad parameter named) and never a stack trace or a parser's text.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, IOptions<ZhikuWebOptions> options, ILogger<ProblemExceptionHandler> log)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nobody reads an answer.
            return true;
        }

        var texts = context.RequestServices.GetRequiredService<Texts>();
        var problem = Describe(exception, context, texts);
        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            Unexpected(log, context.Request.Method, context.Request.Path, exception);
        }

        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    private ProblemDetails Describe(Exception exception, HttpContext context, Texts texts) => exception switch
    {
        QuerySyntaxException query => new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = texts["query.title"],
            Detail = texts.Explain(query),
            Extensions = { ["kind"] = char.ToLowerInvariant(query.Kind.ToString()[0]) + query.Kind.ToString()[1..], ["position"] = query.Position },
        },
        AnalysisRequestException analysis => BadParameter(texts.Explain(analysis), analysis.Field, analysis.Value, analysis.Choices, texts),
        SearchRequestException search => BadParameter(texts.Explain(search), search.Field, search.Value, search.Choices, texts),
        EvaluationInputException evaluation => new ProblemDetails
        {
            Status = evaluation.Status,
            Title = texts[evaluation.Status == StatusCodes.Status404NotFound ? "status.404" : "problem.badInput"],
            Detail = evaluation.Message,
        },
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => TooLarge(texts),
        InvalidDataException when context.Request.HasFormContentType => TooLarge(texts),
        BadHttpRequestException bad when texts.Explain(bad) is { } binding => BadParameter(binding.Detail, binding.Parameter, binding.Value, [], texts),
        BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = texts["problem.badInput"], Detail = bad.Message },
        SearchSyntaxException or ArgumentException or FormatException or InvalidDataException => new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = texts["problem.badInput"],
            Detail = exception.Message,
        },
        _ => new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Title = texts["status.other"],
            Detail = texts.Format("problem.unexpected.text", context.TraceIdentifier),
        },
    };

    // An analysis or search parameter with a value it does not allow: named, with the value and the allowed ones.
    private static ProblemDetails BadParameter(string detail, string parameter, string? value, IReadOnlyList<string> allowed, Texts texts)
    {
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = texts["problem.badInput"],
            Detail = detail,
            Extensions = { ["parameter"] = parameter },
        };
        if (value is not null)
        {
            problem.Extensions["value"] = value;
        }

        if (allowed.Count > 0)
        {
            problem.Extensions["allowed"] = allowed;
        }

        return problem;
    }

    // Multipart reading says InvalidDataException when the body passes the form limit, Kestrel a 413 when it passes its own.
    private ProblemDetails TooLarge(Texts texts) => new()
    {
        Status = StatusCodes.Status413PayloadTooLarge,
        Title = texts["problem.tooLarge"],
        Detail = texts.Format("problem.tooLarge.text", options.Value.MaxUploadBytes),
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error answering {Method} {Path}")]
    private static partial void Unexpected(ILogger logger, string method, PathString path, Exception exception);
}

using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhiku.Consultation;
using Zhiku.Web.Accounts;
using Zhiku.Web.Localization;

namespace Zhiku.Web.Api;

/// <summary>
/// <c>POST /api/v1/delphi/stats</c>: the Delphi statistics of an uploaded answers file, the same engine and the same
/// JSON as <c>zhiku delphi stats --json</c>; for a bearer token of an administrator, manager or analyst. Nothing is
/// stored; problems of rows are listed in the caller's language and the good rows still count.
/// </summary>
internal static class DelphiApi
{
    public static IEndpointRouteBuilder MapDelphiApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/delphi").WithTags("Delphi");
        // The form is read by hand, not bound, as for imports: an upload over the bound answers 413 naming it.
        group.MapPost("/stats", Stats).RequireAuthorization(Policies.ApiImport).DisableAntiforgery()
            .Accepts<DelphiStatsForm>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Delphi statistics of an answers file (multipart field 'answers', CSV or XLSX with round, expert, item, value): per item and round and per round (bearer token of an administrator, manager or analyst)")
            .WithDescription("The same JSON as zhiku delphi stats --json: items with n, median, quartiles (R type 7), IQR, mean, SD, CV, consensus and stability; rounds with Kendall's W corrected for ties, its chi-square, df and p; the rows left out under problems.");
        return api;
    }

    /// <summary>The caller is taken (and unused: the answers are the upload's, no record is read) as every API handler does.</summary>
    public static async Task<Results<Ok<DelphiStatsJson>, ProblemHttpResult>> Stats(HttpRequest request, ApiCaller caller, Texts texts, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return TypedResults.Problem("send multipart/form-data with the file in the field 'answers'", statusCode: StatusCodes.Status400BadRequest);
        }

        var form = await request.ReadFormAsync(cancellationToken);
        DelphiText text;
        ConsensusRule rule;
        double stability;
        try
        {
            text = DelphiText.For(form["lang"].ToString() is { Length: > 0 } lang ? lang : texts.Lang);
            rule = form["consensus"].ToString() is { Length: > 0 } c ? ConsensusRule.Parse(c) : ConsensusRule.Default;
            stability = form["stability"].ToString() is { Length: > 0 } s
                ? double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v is >= 0 and <= 1 ? v : throw new ArgumentException($"stability '{s}': a share from 0 to 1")
                : DelphiStatistics.DefaultStability;
        }
        catch (ArgumentException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest);
        }

        if (form.Files.GetFile("answers") is not { } file)
        {
            return TypedResults.Problem("the answers file is missing: send it in the multipart field 'answers'", statusCode: StatusCodes.Status400BadRequest);
        }

        AnswerFile answers;
        await using (var stream = file.OpenReadStream())
        {
            // MiniExcel needs a seekable stream for XLSX; the upload is copied (it is bounded by the upload limit).
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, cancellationToken);
            copy.Position = 0;
            answers = AnswerFileReader.Read(copy, file.FileName);
        }

        var problems = answers.Problems.Select(p => new DelphiProblemJson(p.File, p.Line, p.Column, JsonNamingPolicy.CamelCase.ConvertName(p.Kind.ToString()), p.Describe(text))).ToList();
        if (answers.Answers.Count == 0)
        {
            var problem = TypedResults.Problem(
                string.Join("\n", [text.Format("nothing", file.FileName), .. problems.Select(p => p.Message)]),
                statusCode: StatusCodes.Status400BadRequest);
            problem.ProblemDetails.Extensions["problems"] = problems;
            return problem;
        }

        var result = DelphiStatistics.Compute(answers.Answers, rule, stability);
        return TypedResults.Ok(new DelphiStatsJson(file.FileName, result.Rule, result.Items, result.Rounds, problems));
    }
}

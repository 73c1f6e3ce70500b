using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Zhiku.Web.Hosting;
using Zhiku.Web.Localization;

namespace Zhiku.Web.Tests.Endpoints;

/// <summary>An error nobody foresaw answers 500 problem details that name the trace, never the exception or its stack.</summary>
public sealed class UnexpectedErrorTests
{
    [Theory]
    [InlineData("zh", "出错了", "服务器出了意外错误")]
    [InlineData("en", "Something went wrong", "The server met an unexpected error")]
    public async Task An_unexpected_error_answers_500_without_the_exception(string lang, string title, string words)
    {
        using var services = new ServiceCollection()
            .AddLogging()
            .AddProblemDetails()
            .AddHttpContextAccessor()
            .AddScoped<Texts>()
            .AddSingleton(Options.Create(new ZhikuWebOptions()))
            .BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services, TraceIdentifier = "trace-42" };
        context.Response.Body = new MemoryStream();
        context.Items[LanguageSelection.Cookie] = lang;
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = context;
        var handler = ActivatorUtilities.CreateInstance<ProblemExceptionHandler>(services);

        var handled = await handler.TryHandleAsync(context, Thrown(), CancellationToken.None);
        context.Response.Body.Position = 0;
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync();
        var problem = JsonDocument.Parse(body).RootElement;

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status500InternalServerError, context.Response.StatusCode);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Contains(words, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("trace-42", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("store.db is locked", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(Thrown), body, StringComparison.Ordinal);
    }

    private static InvalidOperationException Thrown()
    {
        try
        {
            throw new InvalidOperationException("store.db is locked by process 4711");
        }
        catch (InvalidOperationException e)
        {
            return e;
        }
    }
}

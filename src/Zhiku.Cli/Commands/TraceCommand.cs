using System.CommandLine;
using Zhiku.Access;
using Zhiku.Cli.Output;

namespace Zhiku.Cli.Commands;

/// <summary>
/// <c>zhiku trace --outputs QUERY --documents QUERY [--lang zh|en] [--json]</c>: where the outputs reappear in later
/// documents, as explicit references or reused passages; <c>{links[{output, document, kind, similarity, passages[{output, document}]}]}</c>.
/// </summary>
internal static class TraceCommand
{
    public static Command Create(CliContext context)
    {
        var outputs = new Option<string>("--outputs") { Description = "The outputs to trace: a works query (e.g. kind:report, or * for all)", Required = true };
        var documents = new Option<string>("--documents") { Description = "The documents to look in: a works query (e.g. kind:policy)", Required = true };
        var lang = new Option<string>("--lang") { Description = "Language of the table: zh or en", DefaultValueFactory = _ => "zh" };
        var command = new Command("trace", "Find outputs referred to or reused (edited passages) in policy documents dated after them")
        {
            outputs, documents, lang,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var language = parse.GetValue(lang) switch
            {
                "zh" => "zh",
                "en" => "en",
                var other => throw new ArgumentException($"--lang takes zh or en, not '{other}'"),
            };
            using var kb = context.Open(parse);
            var report = kb.Read(Caller.Owner).Trace(parse.GetValue(outputs), parse.GetValue(documents));
            if (parse.GetValue(context.JsonOption))
            {
                Json.Write(context.Output, report);
                return 0;
            }

            TraceView.Write(context.Output, report, language);
            return 0;
        }));
        return command;
    }
}

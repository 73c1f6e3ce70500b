using System.CommandLine;
using Zhiku.Access;
using Zhiku.Cli.Output;
using Zhiku.Cli.Remote;
using Zhiku.Knowledge;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku show ID</c>: a work with its identifiers, authors and the provenance of every field.</summary>
internal static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "A work id such as W42" };
        var command = new Command("show", "Show a work and where each of its fields came from") { id };
        var remote = RemoteOptions.AddTo(command);
        command.SetAction(parse => context.Guard(() =>
        {
            var workId = parse.GetValue(id) ?? string.Empty;
            WorkDetails? details;
            if (remote.Server(parse) is { } server)
            {
                using (server)
                {
                    details = server.GetJson<WorkDetails>("api/v1/works/" + Uri.EscapeDataString(workId), missingIsNull: true);
                }
            }
            else
            {
                using var kb = context.Open(parse);
                var read = kb.Read(Caller.Owner);
                details = read.Work(workId);
            }

            if (details is null)
            {
                context.Error.WriteLine($"zhiku: no work {parse.GetValue(id)}");
                return 1;
            }

            if (parse.GetValue(context.JsonOption))
            {
                Json.Write(context.Output, details);
                return 0;
            }

            ShowView.Write(context.Output, details);
            return 0;
        }));
        return command;
    }
}

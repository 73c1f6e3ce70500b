using System.CommandLine;
using Zhiku.Cli.Commands;

namespace Zhiku.Cli;

/// <summary>The <c>zhiku</c> command line: one command per file under Commands/.</summary>
public static class ZhikuCli
{
    /// <summary>Runs the CLI with the given output streams and returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var context = new CliContext(output, error);
        var root = new RootCommand("Zhiku (智库): the knowledge base of a science & technology think tank")
        {
            context.DataOption,
            context.StoreOption,
            context.JsonOption,
        };
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(SearchCommand.Create(context));
        root.Subcommands.Add(ShowCommand.Create(context));
        root.Subcommands.Add(StatsCommand.Create(context));
        root.Subcommands.Add(IndexCommand.Create(context));
        root.Subcommands.Add(CheckCommand.Create(context));
        root.Subcommands.Add(BackupCommand.Create(context));
        root.Subcommands.Add(BackupCommand.CreateRestore(context));
        root.Subcommands.Add(MigrateCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(TemplateCommand.Create(context));
        root.Subcommands.Add(AnalyzeCommand.Create(context));
        root.Subcommands.Add(EvaluateCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        root.Subcommands.Add(UsersCommand.Create(context));
        root.Subcommands.Add(OrgsCommand.Create(context));
        root.Subcommands.Add(ExpertsCommand.Create(context));
        root.Subcommands.Add(PeopleCommand.Create(context));
        root.Subcommands.Add(ThesaurusCommand.Create(context));
        root.Subcommands.Add(RegistryCommand.Create(context));
        root.Subcommands.Add(DelphiCommand.Create(context));
        root.Subcommands.Add(TraceCommand.Create(context));
        root.Subcommands.Add(EnrichCommand.Create(context));
        root.Subcommands.Add(SourcesCommand.Create(context));
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}

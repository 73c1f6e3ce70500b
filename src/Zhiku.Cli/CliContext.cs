using System.CommandLine;
using Zhiku.Knowledge;
using Zhiku.Storage;

namespace Zhiku.Cli;

/// <summary>What every command shares: the output streams and the global options.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public Option<string?> DataOption { get; } = new("--data")
    {
        Description = "The data directory (default: $ZHIKU_DATA, else ./zhiku-data)",
        Recursive = true,
    };

    public Option<string?> StoreOption { get; } = new("--store")
    {
        Description = "A PostgreSQL store (Host=…;Database=… or postgres://…; default: $ZHIKU_STORE, else the data directory's own store)",
        Recursive = true,
    };

    public Option<bool> JsonOption { get; } = new("--json")
    {
        Description = "Machine-readable JSON output",
        Recursive = true,
    };

    /// <summary>True when output goes to a terminal and not to a pipe or a test: progress bars are drawn only then.</summary>
    public bool IsInteractive => ReferenceEquals(Output, Console.Out) && !Console.IsOutputRedirected && !Console.IsErrorRedirected;

    public KnowledgeBase Open(ParseResult parse) => KnowledgeBase.Open(Data(parse), Store(parse));

    /// <summary>The data directory of a command: <c>--data</c>, else <c>ZHIKU_DATA</c>, else <c>./zhiku-data</c>.</summary>
    public DataDirectory Data(ParseResult parse) => DataDirectory.Resolve(parse.GetValue(DataOption));

    /// <summary>The PostgreSQL store of a command: <c>--store</c>, else <c>ZHIKU_STORE</c>, else null (the data directory's own).</summary>
    public StoreLocation? Store(ParseResult parse) => StoreLocation.Resolve(parse.GetValue(StoreOption));

    /// <summary>Runs a command body; an expected failure becomes a one-line reason on stderr and exit code 1 (a server's refusal: 3 for 401, 4 for 403).</summary>
    public int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Remote.RemoteException e)
        {
            Error.WriteLine($"zhiku: {e.Message}");
            return e.ExitCode;
        }
        catch (Exception e) when (e is ArgumentException or FileNotFoundException or DirectoryNotFoundException
                                      or IOException or UnauthorizedAccessException or InvalidOperationException or FormatException
                                      or Search.Querying.SearchSyntaxException or Files.ImportException or Thesaurus.ThesaurusException
                                      || KnowledgeStore.IsStoreFailure(e))
        {
            Error.WriteLine($"zhiku: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Never a stack trace: an unexpected failure is still one line naming what went wrong.
            Error.WriteLine($"zhiku: unexpected {e.GetType().Name}: {e.Message}");
            return 1;
        }
    }
}

using System.CommandLine;

namespace Zhiku.Cli.Remote;

/// <summary><c>--server URL [--token T]</c>: run a command against a Zhiku server instead of a data directory.</summary>
internal sealed class RemoteOptions
{
    public const string TokenVariable = "ZHIKU_TOKEN";

    private readonly Option<string?> _server = new("--server")
    {
        Description = "Run against this Zhiku server (e.g. http://localhost:5000) instead of the data directory",
    };

    private readonly Option<string?> _token = new("--token")
    {
        Description = $"The API token for --server (default: ${TokenVariable}; none reads as an anonymous visitor)",
    };

    /// <summary>Adds the two options to a command and returns them.</summary>
    public static RemoteOptions AddTo(Command command)
    {
        var options = new RemoteOptions();
        command.Options.Add(options._server);
        command.Options.Add(options._token);
        return options;
    }

    /// <summary>The server the command should use, or null to use the data directory.</summary>
    public RemoteServer? Server(ParseResult parse)
    {
        if (parse.GetValue(_server) is not { Length: > 0 } address)
        {
            if (parse.GetValue(_token) is { Length: > 0 })
            {
                throw new ArgumentException("--token needs --server");
            }

            return null;
        }

        var token = parse.GetValue(_token) is { Length: > 0 } t ? t : Environment.GetEnvironmentVariable(TokenVariable);
        return new RemoteServer(address, string.IsNullOrWhiteSpace(token) ? null : token.Trim());
    }
}

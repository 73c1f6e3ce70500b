namespace Zhiku.Cli.Remote;

/// <summary>A server said no or could not be reached; <see cref="ExitCode"/> says why to scripts.</summary>
internal sealed class RemoteException(string message, int exitCode) : Exception(message)
{
    /// <summary>Not found, bad request or unreachable.</summary>
    public const int Failed = 1;

    /// <summary>401: no token, or the server does not know it.</summary>
    public const int Unauthenticated = 3;

    /// <summary>403: the token's user may not do this.</summary>
    public const int Forbidden = 4;

    public int ExitCode { get; } = exitCode;
}

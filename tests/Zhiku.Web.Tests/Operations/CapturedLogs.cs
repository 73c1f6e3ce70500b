using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Zhiku.Web.Tests.Operations;

/// <summary>Every log entry of the platform at every level, written out with its scopes and its state's values.</summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<string> Lines => _lines;

    public string Text => string.Join('\n', _lines);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = new StringBuilder().Append(logLevel).Append(' ').Append(category).Append(": ").Append(formatter(state, exception));
            Values(line, state);
            owner._scopes.ForEachScope((scope, text) =>
            {
                text.Append(" | scope ").Append(scope);
                Values(text, scope);
            }, line);
            if (exception is not null)
            {
                line.Append(" | ").Append(exception);
            }

            owner._lines.Enqueue(line.ToString());
        }

        private static void Values(StringBuilder line, object? state)
        {
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                {
                    line.Append(' ').Append(key).Append('=').Append(value);
                }
            }
            else if (state is IEnumerable<KeyValuePair<string, object>> plain)
            {
                foreach (var (key, value) in plain)
                {
                    line.Append(' ').Append(key).Append('=').Append(value);
                }
            }
        }
    }
}

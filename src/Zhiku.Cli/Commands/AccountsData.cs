using System.CommandLine;
using Zhiku.Accounts;
using Zhiku.Storage;

namespace Zhiku.Cli.Commands;

/// <summary>
/// The store and accounts of a data directory, opened for <c>zhiku users</c> and <c>zhiku orgs</c>: without the search
/// index and without touching running imports, so that they work beside a running server.
/// </summary>
internal sealed class AccountsData : IDisposable
{
    private AccountsData(KnowledgeStore store)
    {
        Store = store;
        Accounts = AccountStore.Open(store);
    }

    public KnowledgeStore Store { get; }

    public AccountStore Accounts { get; }

    public static AccountsData Open(CliContext context, ParseResult parse) =>
        new(KnowledgeStore.Open(context.Data(parse), context.Store(parse), recoverInterrupted: false));

    /// <summary>The user of a name, or a clear error.</summary>
    public UserAccount User(string name) =>
        Accounts.FindByName(name) ?? throw new ArgumentException($"no user '{UserNames.Normalize(name)}': see zhiku users list");

    public void Dispose()
    {
        Accounts.Dispose();
        Store.Dispose();
    }
}

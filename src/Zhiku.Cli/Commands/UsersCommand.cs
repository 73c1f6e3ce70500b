using System.CommandLine;
using Zhiku.Accounts;
using Zhiku.Web.Accounts;

namespace Zhiku.Cli.Commands;

/// <summary>
/// <c>zhiku users list|add|passwd|token|disable|enable</c>: the accounts of the web platform, managed on the data
/// directory (also while the server runs). Passwords and tokens are printed once; changes are audited without an actor.
/// </summary>
internal static class UsersCommand
{
    /// <summary>One user as <c>users list</c> prints it (never a password hash).</summary>
    private sealed record UserJson(long Id, string UserName, string DisplayName, string Role, string Organisation, bool Disabled, int Tokens);

    public static Command Create(CliContext context)
    {
        var list = new Command("list", "Every user with role, organisation, state and number of API tokens");
        list.SetAction(parse => context.Guard(() =>
        {
            using var data = AccountsData.Open(context, parse);
            var users = data.Accounts.ListUsers().Select(u => Json(data, u)).ToList();
            if (parse.GetValue(context.JsonOption))
            {
                Output.Json.Write(context.Output, users);
                return 0;
            }

            foreach (var u in users)
            {
                context.Output.WriteLine($"{u.UserName,-20} {u.Role,-13} {u.Organisation}{(u.Disabled ? "  (disabled)" : string.Empty)}  tokens {u.Tokens}");
            }

            return 0;
        }));
        return new Command("users", "Users of the web platform on this data directory")
        {
            list, Add(context), Passwd(context), Token(context), SetDisabled(context, true), SetDisabled(context, false),
        };
    }

    private static Command Add(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "The user name to sign in with" };
        var role = new Option<string>("--role") { Description = "administrator, manager, analyst, expert or viewer", DefaultValueFactory = _ => "viewer" };
        var org = new Option<string>("--org") { Description = "The user's organisation (see zhiku orgs list)", Required = true };
        var display = new Option<string?>("--display") { Description = "The name shown on the pages (default: the user name)" };
        var command = new Command("add", "Add a user and print their password, once") { name, role, org, display };
        command.SetAction(parse => context.Guard(() =>
        {
            var userRole = UserRoles.Parse(parse.GetValue(role) ?? "viewer");
            using var data = AccountsData.Open(context, parse);
            var orgName = parse.GetValue(org) ?? string.Empty;
            var orgId = data.Store.FindOrganisation(orgName) ?? throw new ArgumentException($"no organisation '{orgName}': add it with zhiku orgs add");
            var userName = UserNames.Normalize(parse.GetValue(name));
            var password = Passwords.Generate();
            var user = data.Accounts.CreateUser(orgId, userName, parse.GetValue(display) ?? userName, userRole, Passwords.Hash(password));
            return Secret(context, parse, user, "password", password, $"added {user.UserName} ({UserRoles.Name(user.Role)}, {user.OrganisationName})");
        }));
        return command;
    }

    private static Command Passwd(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "The user whose password is reset" };
        var command = new Command("passwd", "Reset a user's password, print the new one once and end their browser sessions") { name };
        command.SetAction(parse => context.Guard(() =>
        {
            using var data = AccountsData.Open(context, parse);
            var user = data.User(parse.GetValue(name) ?? string.Empty);
            var password = Passwords.Generate();
            data.Accounts.ResetPassword(user.Id, Passwords.Hash(password), actorId: null);
            return Secret(context, parse, user, "password", password, $"new password of {user.UserName}");
        }));
        return command;
    }

    private static Command Token(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "The user the token authenticates" };
        var label = new Option<string>("--name") { Description = "What the token is for", DefaultValueFactory = _ => "zhiku users token" };
        var command = new Command("token", "Create an API token for a user and print it once") { name, label };
        command.SetAction(parse => context.Guard(() =>
        {
            using var data = AccountsData.Open(context, parse);
            var user = data.User(parse.GetValue(name) ?? string.Empty);
            if (user.Disabled)
            {
                throw new ArgumentException($"the user '{user.UserName}' is disabled: enable it first with zhiku users enable");
            }

            var token = data.Accounts.CreateToken(user.Id, parse.GetValue(label) ?? "zhiku users token");
            return Secret(context, parse, user, "token", token, $"new API token of {user.UserName}");
        }));
        return command;
    }

    private static Command SetDisabled(CliContext context, bool disabled)
    {
        var name = new Argument<string>("name") { Description = "The user" };
        var command = new Command(disabled ? "disable" : "enable", disabled
            ? "Disable a user: no sign-in, their browser sessions and API tokens stop working"
            : "Enable a disabled user (old browser sessions stay ended)") { name };
        command.SetAction(parse => context.Guard(() =>
        {
            using var data = AccountsData.Open(context, parse);
            var user = data.User(parse.GetValue(name) ?? string.Empty);
            data.Accounts.SetDisabled(user.Id, disabled, actorId: null);
            var changed = Json(data, data.Accounts.FindById(user.Id)!);
            if (parse.GetValue(context.JsonOption))
            {
                Output.Json.Write(context.Output, changed);
            }
            else
            {
                context.Output.WriteLine($"{(disabled ? "disabled" : "enabled")} {user.UserName}");
            }

            return 0;
        }));
        return command;
    }

    // A password or token goes to the output once, with the user it belongs to, and is kept nowhere.
    private static int Secret(CliContext context, ParseResult parse, UserAccount user, string kind, string secret, string text)
    {
        if (parse.GetValue(context.JsonOption))
        {
            Output.Json.Write(context.Output, new Dictionary<string, object>
            {
                ["userName"] = user.UserName,
                ["role"] = UserRoles.Name(user.Role),
                ["organisation"] = user.OrganisationName,
                [kind] = secret,
            });
        }
        else
        {
            context.Output.WriteLine($"{text}: {kind} {secret}");
            context.Output.WriteLine("(shown only this once; keep it).");
        }

        return 0;
    }

    private static UserJson Json(AccountsData data, UserAccount u) =>
        new(u.Id, u.UserName, u.DisplayName, UserRoles.Name(u.Role), u.OrganisationName, u.Disabled, data.Accounts.CountTokens(u.Id));
}

using System.CommandLine;
using Zhiku.Model;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku orgs list|add</c>: the organisations users belong to and records are owned by.</summary>
internal static class OrgsCommand
{
    /// <summary>One organisation with how many users it has and how many works it owns.</summary>
    private sealed record OrganisationJson(string Id, string Name, string Type, int Users, int Works);

    public static Command Create(CliContext context)
    {
        var list = new Command("list", "Organisations of the platform with their users and owned works (--all: also those known only from imported registries)");
        var all = new Option<bool>("--all") { Description = "Also organisations known only from imported records" };
        list.Options.Add(all);
        list.SetAction(parse => context.Guard(() =>
        {
            using var data = AccountsData.Open(context, parse);
            var organisations = List(data, parse.GetValue(all));
            if (parse.GetValue(context.JsonOption))
            {
                Output.Json.Write(context.Output, organisations);
                return 0;
            }

            foreach (var o in organisations)
            {
                context.Output.WriteLine($"{o.Id,-8} {o.Name}  ({o.Type}; users {o.Users}, works {o.Works})");
            }

            return 0;
        }));
        return new Command("orgs", "Organisations of the web platform on this data directory") { list, Add(context) };
    }

    private static Command Add(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "The organisation's name" };
        var type = new Option<string?>("--type") { Description = "think-tank, university, government-body, academy-or-institute, enterprise, ... (default: unknown)" };
        var command = new Command("add", "Add an organisation that users can then belong to") { name, type };
        command.SetAction(parse => context.Guard(() =>
        {
            var orgName = (parse.GetValue(name) ?? string.Empty).Trim();
            var orgType = ParseType(parse.GetValue(type));
            using var data = AccountsData.Open(context, parse);
            if (orgName.Length == 0)
            {
                throw new ArgumentException("an organisation needs a name");
            }

            if (data.Store.FindOrganisation(orgName) is { } existing)
            {
                throw new ArgumentException($"the organisation '{orgName}' already exists (O{existing})");
            }

            var id = data.Store.EnsureOrganisation(orgName, orgType);
            var added = List(data, all: true).Single(o => o.Id == $"O{id}");
            if (parse.GetValue(context.JsonOption))
            {
                Output.Json.Write(context.Output, added);
            }
            else
            {
                context.Output.WriteLine($"added {added.Id} {added.Name} ({added.Type})");
            }

            return 0;
        }));
        return command;
    }

    private static OrganisationType ParseType(string? text) =>
        text is null ? OrganisationType.Unknown
        : Enum.TryParse<OrganisationType>(text.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var type) && Enum.IsDefined(type) ? type
        : throw new ArgumentException($"unknown organisation type '{text}': use one of {string.Join(", ", Enum.GetNames<OrganisationType>())}");

    // The platform's organisations: those with users or owned works, and those not from an imported registry (added
    // here, by the first start or as an import's owner); the registries' thousands of organisations only with --all.
    private static List<OrganisationJson> List(AccountsData data, bool all)
    {
        var result = new List<OrganisationJson>();
        foreach (var o in data.Store.Organisations())
        {
            if (all || o.Users > 0 || o.Works > 0 || o.Id == data.Store.HomeOrganisationId || !o.FromRegistry)
            {
                result.Add(new OrganisationJson($"O{o.Id}", o.Name, o.Type, o.Users, o.Works));
            }
        }

        return result;
    }
}
